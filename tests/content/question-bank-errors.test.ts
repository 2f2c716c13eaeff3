import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/domain/content-errors.ts';
import { readQuestionBanks } from '../../src/loaders/content-files.ts';

/** Each fixture folder is a tiny project with one mistake; the message must name the file, the question id and the field. */
const errorsFor = (fixture: string) =>
	readQuestionBanks(fileURLToPath(new URL(`./fixtures/${fixture}/`, import.meta.url))).errors.map(formatContentError);

describe('question bank validation names the file, the id and the field', () => {
	it.each([
		[
			'duplicate-id',
			'content/quizzes/second.yaml: "ds-shared-id", field "id": duplicate question id: it is already used in content/quizzes/first.yaml. Question ids are unique across all banks; choose a new one',
		],
		[
			'no-correct-option',
			'content/quizzes/bank.yaml: "ds-no-correct", field "options": a "single" question needs exactly one correct option; found 0. Mark exactly one option with correct: true',
		],
		[
			'missing-rationale',
			'content/quizzes/bank.yaml: "ds-missing-rationale", field "options[1].rationale": The rationale is required: every option explains why it is right or wrong',
		],
		['too-few-options', 'content/quizzes/bank.yaml: "ds-too-few", field "options": A question needs at least 3 options'],
		[
			'wrong-choose-count',
			'content/quizzes/bank.yaml: "ds-wrong-choose", field "options": the question says choose: 2 but 3 options are marked correct. Mark exactly 2 options with correct: true',
		],
		[
			'unknown-outcome',
			'content/quizzes/bank.yaml: "ds-unknown-outcome", field "outcome": outcome must be one of the syllabus learning outcomes: LO1, LO2, LO3, LO4, LO5, LO6, LO7',
		],
		[
			'bad-question-id',
			'content/quizzes/bank.yaml: "DS_Purpose", field "id": Each question id must be kebab-case (lowercase letters, digits and single hyphens), like "ds-purpose-agreed-specs"',
		],
		[
			'multiple-without-choose',
			'content/quizzes/bank.yaml: "ds-no-choose", field "choose": a "multiple" question needs choose: N, the number of options to pick',
		],
		['empty-stem', 'content/quizzes/bank.yaml: "ds-empty-stem", field "stem": The stem (the question itself) must not be empty'],
		[
			'yaml-syntax-error',
			'content/quizzes/bank.yaml: "line 7, column 1", field "(YAML syntax)": Missing closing "quote; check the indentation and quoting there',
		],
	])('%s', (fixture, message) => {
		expect(errorsFor(fixture)).toEqual([message]);
	});
});
