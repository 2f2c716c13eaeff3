import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/domain/content-errors.ts';
import { readQuestionBanks, validateAllContent } from '../../src/loaders/content-files.ts';

const root = process.cwd();

describe("the project's own content", () => {
	it('passes every schema and cross-reference check', () => {
		expect(validateAllContent(root).map(formatContentError)).toEqual([]);
	});

	it('has the Deliver and support bank with at least 10 questions, each option explained', () => {
		const bank = readQuestionBanks(root).banks.find((candidate) => candidate.id === 'deliver-and-support');
		expect(bank?.page).toBe('/deliver-and-support/');
		expect(bank?.questions.length).toBeGreaterThanOrEqual(10);
		for (const question of bank?.questions ?? []) {
			for (const option of question.options) expect(option.rationale.trim().length, `${question.id} has an empty rationale`).toBeGreaterThan(10);
		}
	});
});
