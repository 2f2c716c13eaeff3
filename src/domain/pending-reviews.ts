/**
 * Answers are saved at once; their review cards catch up later, on the pages that show the review schedule. The
 * scheduler (ts-fsrs, about 7 KB gzip) is more than a quiz page can spend on JavaScript, and nothing on a quiz page
 * needs the schedule. These rules need no library, so the header's due count can use them on every page.
 */

/** No answer is due again sooner than this after it was given (the scheduler works in whole days; tests hold it to that). */
export const SHORTEST_REVIEW_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface AnswerWithReviews<A extends { at: string }> {
	history: readonly A[];
	card?: { last_review?: string };
	/** Set for a question that has left the guide: its attempts are kept but never scheduled. */
	retired?: boolean;
}

/** The attempts the answer's review card has not taken in yet, oldest first (attempts with no readable time are skipped). */
export function unscheduledAttempts<A extends { at: string }>(answer: AnswerWithReviews<A>): A[] {
	if (answer.retired) return [];
	const reviewedUpTo = answer.card?.last_review ? Date.parse(answer.card.last_review) : Number.NEGATIVE_INFINITY;
	return answer.history.filter((attempt) => Date.parse(attempt.at) > reviewedUpTo);
}
