/** Grading needs only which options are correct; it never sees the DOM or the question's wording. */
export interface GradableQuestion {
	id: string;
	type: 'single' | 'multiple';
	choose?: number;
	options: readonly { correct: boolean }[];
}

export type OptionVerdict =
	/** chosen and correct */
	| 'chosen-correct'
	/** chosen but wrong */
	| 'chosen-wrong'
	/** a correct option the learner left out */
	| 'missed'
	/** neither chosen nor correct */
	| 'not-chosen';

export interface QuestionResult {
	questionId: string;
	correct: boolean;
	verdicts: OptionVerdict[];
}

/** How many options a learner must pick for the question to be answerable. */
export function requiredChoices(question: GradableQuestion): number {
	return question.type === 'single' ? 1 : (question.choose ?? question.options.filter((option) => option.correct).length);
}

/** A question is answered right only when exactly the correct options, and no others, are chosen. */
export function gradeQuestion(question: GradableQuestion, chosen: ReadonlySet<number>): QuestionResult {
	const verdicts = question.options.map((option, index): OptionVerdict => {
		const picked = chosen.has(index);
		if (picked) return option.correct ? 'chosen-correct' : 'chosen-wrong';
		return option.correct ? 'missed' : 'not-chosen';
	});
	const correct = verdicts.every((verdict) => verdict === 'chosen-correct' || verdict === 'not-chosen');
	return { questionId: question.id, correct, verdicts };
}

export interface QuizScore {
	correct: number;
	answered: number;
	total: number;
	/** Whole percent of the total, for a "65%" style summary. */
	percent: number;
}

export function scoreQuiz(results: readonly QuestionResult[], total: number): QuizScore {
	const correct = results.filter((result) => result.correct).length;
	return { correct, answered: results.length, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** The questions to offer again after "Retry missed": those answered wrong, in their original order. */
export function missedQuestionIds(results: readonly QuestionResult[]): string[] {
	return results.filter((result) => !result.correct).map((result) => result.questionId);
}
