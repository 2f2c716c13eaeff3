import { describe, expect, it } from 'vitest';
import { gradeQuestion, missedQuestionIds, requiredChoices, scoreQuiz } from '../../src/domain/grading.ts';

const single = { id: 'single', type: 'single' as const, options: [{ correct: false }, { correct: true }, { correct: false }, { correct: false }] };
const chooseTwo = { id: 'two', type: 'multiple' as const, choose: 2, options: [{ correct: true }, { correct: false }, { correct: true }, { correct: false }] };

describe('gradeQuestion', () => {
	it('marks the one right option of a single-answer question correct', () => {
		const result = gradeQuestion(single, new Set([1]));
		expect(result).toEqual({ questionId: 'single', correct: true, verdicts: ['not-chosen', 'chosen-correct', 'not-chosen', 'not-chosen'] });
	});

	it('marks a wrong choice wrong and shows the correct option as missed', () => {
		const result = gradeQuestion(single, new Set([3]));
		expect(result.correct).toBe(false);
		expect(result.verdicts).toEqual(['not-chosen', 'missed', 'not-chosen', 'chosen-wrong']);
	});

	it('needs every correct option of a "choose two" question and nothing else', () => {
		expect(gradeQuestion(chooseTwo, new Set([0, 2])).correct).toBe(true);
		expect(gradeQuestion(chooseTwo, new Set([0, 1])).verdicts).toEqual(['chosen-correct', 'chosen-wrong', 'missed', 'not-chosen']);
		expect(gradeQuestion(chooseTwo, new Set([0])).correct).toBe(false);
		expect(gradeQuestion(chooseTwo, new Set([0, 1, 2])).correct).toBe(false);
	});

	it('treats no answer as wrong', () => {
		expect(gradeQuestion(single, new Set()).correct).toBe(false);
	});
});

describe('requiredChoices', () => {
	it('is 1 for single questions and N for "choose N"', () => {
		expect(requiredChoices(single)).toBe(1);
		expect(requiredChoices(chooseTwo)).toBe(2);
	});
});

describe('scoring', () => {
	const results = [gradeQuestion(single, new Set([1])), gradeQuestion(chooseTwo, new Set([1, 3]))];

	it('counts correct answers against the whole quiz', () => {
		expect(scoreQuiz(results, 4)).toEqual({ correct: 1, answered: 2, total: 4, percent: 25 });
		expect(scoreQuiz([], 0).percent).toBe(0);
	});

	it('offers the wrongly answered questions for a retry, in order', () => {
		expect(missedQuestionIds(results)).toEqual(['two']);
	});
});
