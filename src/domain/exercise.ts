import { z } from 'zod';
import { type ContentError, issuesToContentErrors } from './content-errors.ts';
import { KEBAB_CASE } from './question-bank.ts';

/** A mapping exercise: learners place each item on one of the targets (a role, an activity, a purpose). */
const id = z.string({ error: 'an id is required' }).regex(KEBAB_CASE, { error: 'ids are kebab-case, like "restart-the-server"' });
const text = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, { error: `${what} must not be empty` });

export const exerciseSchema = z
	.object({
		id,
		title: text('title'),
		instructions: text('instructions'),
		/** The guide page the exercise belongs to. */
		page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'page must be a site path such as /deliver-and-support/roles/' }),
		targets: z.array(z.object({ id, label: text('label') })).min(2, { error: 'an exercise needs at least 2 targets' }),
		items: z
			.array(
				z.object({
					id,
					text: text('text'),
					target: id,
					feedback: text('feedback (why this item belongs where it does)'),
				}),
			)
			.min(3, { error: 'an exercise needs at least 3 items' }),
	})
	.superRefine((exercise, ctx) => {
		const targetIds = new Set(exercise.targets.map((target) => target.id));
		exercise.items.forEach((item, index) => {
			if (!targetIds.has(item.target)) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, 'target'],
					message: `item "${item.id}" points at target "${item.target}", which is not one of this exercise's targets (${[...targetIds].join(', ')})`,
				});
			}
		});
	});

export type Exercise = z.infer<typeof exerciseSchema>;

export function validateExercise(file: string, data: unknown): { exercise?: Exercise; errors: ContentError[] } {
	const result = exerciseSchema.safeParse(data);
	if (result.success) return { exercise: result.data, errors: [] };
	const fileId = typeof (data as { id?: unknown } | null)?.id === 'string' ? String((data as { id: string }).id) : file;
	return { errors: issuesToContentErrors(file, data, result.error.issues, 'items', fileId) };
}
