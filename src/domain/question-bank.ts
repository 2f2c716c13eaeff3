import { z } from 'zod';
import { type ContentError, issuesToContentErrors } from './content-errors.ts';
import { CONFUSION_IDS, DIFFICULTIES, LEARNING_OUTCOME_IDS, QUESTION_STYLES } from './syllabus.ts';

/** Question ids appear in URLs (`#q-<id>`, `/questions/<id>/`) and key learners' progress, so they are kebab-case and permanent. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const kebabId = (what: string) =>
	z
		.string({ error: `${what} needs an id` })
		.regex(KEBAB_CASE, { error: `${what} id must be kebab-case (lowercase letters, digits and single hyphens), like "ds-purpose-agreed-specs"` });

const requiredText = (what: string, why = '') =>
	z.string({ error: `${what} is required${why}` }).trim().min(1, { error: `${what} must not be empty${why}` });

export const optionSchema = z.object({
	text: requiredText('The option text'),
	correct: z.boolean({ error: 'Say whether the option is right: correct: true or correct: false' }),
	rationale: requiredText('The rationale', ': every option explains why it is right or wrong'),
});

export const questionSchema = z
	.object({
		id: kebabId('Each question'),
		type: z.enum(['single', 'multiple'], { error: 'type must be "single" or "multiple"' }),
		choose: z.number().int().min(2, { error: 'choose must be at least 2 for a "multiple" question' }).optional(),
		style: z.enum(QUESTION_STYLES, { error: `style must be one of: ${QUESTION_STYLES.join(', ')}` }).default('standard'),
		stem: requiredText('The stem (the question itself)'),
		options: z
			.array(optionSchema, { error: 'options must be a list' })
			.min(3, { error: 'A question needs at least 3 options' })
			.max(6, { error: 'A question can have at most 6 options' }),
		outcome: z.enum(LEARNING_OUTCOME_IDS, { error: `outcome must be one of the syllabus learning outcomes: ${LEARNING_OUTCOME_IDS.join(', ')}` }),
		topic: kebabId('The topic'),
		tags: z.array(z.string()).default([]),
		difficulty: z.enum(DIFFICULTIES, { error: `difficulty must be one of: ${DIFFICULTIES.join(', ')}` }),
		confusion: z.enum(CONFUSION_IDS, { error: `confusion must be one of: ${CONFUSION_IDS.join(', ')}` }).optional(),
	})
	.superRefine((question, ctx) => {
		const correctCount = question.options.filter((option) => option.correct).length;
		if (question.type === 'single') {
			if (question.choose !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['choose'], message: 'choose is only for "multiple" questions; remove it or set type: multiple' });
			}
			if (correctCount !== 1) {
				ctx.addIssue({
					code: 'custom',
					path: ['options'],
					message: `a "single" question needs exactly one correct option; found ${correctCount}. Mark exactly one option with correct: true`,
				});
			}
			return;
		}
		if (question.choose === undefined) {
			ctx.addIssue({ code: 'custom', path: ['choose'], message: 'a "multiple" question needs choose: N, the number of options to pick' });
			return;
		}
		if (correctCount !== question.choose) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `the question says choose: ${question.choose} but ${correctCount} option${correctCount === 1 ? ' is' : 's are'} marked correct. Mark exactly ${question.choose} options with correct: true`,
			});
		}
		if (question.choose >= question.options.length) {
			ctx.addIssue({ code: 'custom', path: ['choose'], message: `choose: ${question.choose} must be fewer than the ${question.options.length} options` });
		}
	});

export const questionBankSchema = z.object({
	id: kebabId('The bank'),
	title: requiredText('The bank title'),
	topic: kebabId('The topic'),
	/** The guide page this bank checks, so a question's own page can link back to it. */
	page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'page must be a site path such as /deliver-and-support/' }),
	questions: z.array(questionSchema).min(1, { error: 'A bank needs at least one question' }),
});

export type QuestionOption = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionBank = z.infer<typeof questionBankSchema>;

export interface BankFile {
	/** Path from the project root, as an author would type it. */
	file: string;
	data: unknown;
}

export function validateQuestionBank({ file, data }: BankFile): { bank?: QuestionBank; errors: ContentError[] } {
	const result = questionBankSchema.safeParse(data);
	if (result.success) return { bank: result.data, errors: [] };
	const fileId = typeof (data as { id?: unknown } | null)?.id === 'string' ? String((data as { id: string }).id) : file;
	return { errors: issuesToContentErrors(file, data, result.error.issues, 'questions', fileId) };
}

/** Validates every bank, then the rules that span banks: a question id belongs to one question only. */
export function validateQuestionBanks(files: readonly BankFile[]): { banks: QuestionBank[]; errors: ContentError[] } {
	const banks: QuestionBank[] = [];
	const errors: ContentError[] = [];
	const firstSeen = new Map<string, string>();
	const bankIds = new Map<string, string>();
	for (const bankFile of files) {
		const result = validateQuestionBank(bankFile);
		errors.push(...result.errors);
		if (!result.bank) continue;
		const bank = result.bank;
		const otherBank = bankIds.get(bank.id);
		if (otherBank) {
			errors.push({ file: bankFile.file, id: bank.id, field: 'id', message: `bank id is already used by ${otherBank}; give this bank its own id` });
		}
		bankIds.set(bank.id, bankFile.file);
		bank.questions.forEach((question) => {
			const where = firstSeen.get(question.id);
			if (where) {
				errors.push({
					file: bankFile.file,
					id: question.id,
					field: 'id',
					message: `duplicate question id: it is already used in ${where}. Question ids are unique across all banks; choose a new one`,
				});
			} else {
				firstSeen.set(question.id, bankFile.file);
			}
		});
		banks.push(bank);
	}
	return { banks, errors };
}
