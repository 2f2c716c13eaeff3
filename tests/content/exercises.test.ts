import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowExerciseMismatches } from '../../src/domain/role-mapping.ts';
import { readExercises, readReferenceData } from '../../src/loaders/content-files.ts';

const root = process.cwd();
const { exercises, errors } = readExercises(root);
const { data } = readReferenceData(root);
const deliverAndSupport = data.activities.find((activity) => activity.id === 'deliver-and-support')!;
const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

/** The MDX file that serves a site path such as /deliver-and-support/roles/. */
const pageFile = (path: string) => `content/docs${path.replace(/\/$/, '')}.mdx`;

describe('the exercises in content/exercises', () => {
	it('are valid, and there are at least five of them', () => {
		expect(errors).toEqual([]);
		expect(exercises.length).toBeGreaterThanOrEqual(5);
	});

	it.each(exercises.map((exercise) => [exercise.id, exercise.page] as const))('%s is shown on its page (%s), before the page’s "Check yourself"', (id, page) => {
		const mdx = readFileSync(pageFile(page), 'utf8');
		const at = mdx.indexOf(`<Exercise id="${id}"`);
		expect(at, `${pageFile(page)} does not include <Exercise id="${id}">`).toBeGreaterThan(-1);
		expect(at).toBeLessThan(mdx.indexOf('## Check yourself'));
	});

	it('every target receives at least one item, and every item text is unique within its exercise', () => {
		for (const exercise of exercises) {
			for (const target of exercise.targets) expect(exercise.items.some((item) => item.target === target.id), `${exercise.id}: target ${target.id} is empty`).toBe(true);
			expect(new Set(exercise.items.map((item) => item.text)).size, exercise.id).toBe(exercise.items.length);
		}
	});

	it('the inputs exercise lists exactly the six inputs of Deliver and support in activities.yaml, each with its source', () => {
		const exercise = byId.get('ds-input-sources')!;
		expect(exercise.items).toHaveLength(6);
		expect(flowExerciseMismatches(exercise, deliverAndSupport, 'inputs')).toEqual([]);
	});

	it('the outputs exercise lists exactly the seven outputs of Deliver and support in activities.yaml, each with its destination', () => {
		const exercise = byId.get('ds-output-destinations')!;
		expect(exercise.items).toHaveLength(7);
		expect(flowExerciseMismatches(exercise, deliverAndSupport, 'outputs')).toEqual([]);
	});

	it('practice and activity targets use the ids and names of content/data', () => {
		const names = new Map<string, string>([...data.practices.map((p) => [p.id, p.name] as const), ...data.activities.map((a) => [a.id as string, a.name] as const)]);
		for (const id of ['ds-practice-purposes', 'other-practice-purposes', 'ds-server-down-stream']) {
			for (const target of byId.get(id)!.targets) expect(names.get(target.id), `${id}: ${target.id}`).toBe(target.label);
		}
	});
});
