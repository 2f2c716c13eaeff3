import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import { unscheduledAttempts } from './pending-reviews.ts';
import type { Progress, ReviewCard } from './progress-store.ts';

export type { ReviewCard } from './progress-store.ts';

/**
 * Spaced review with FSRS (the ts-fsrs library): every answer reviews the question's card, a wrong answer rated
 * Again and a right one Good. Intervals are whole days (no minute-long learning steps: a learner comes back another
 * day, not ten minutes later) and without random fuzz, so the same answers always give the same schedule.
 * Time is always passed in, never read from the clock, so tests and the browser agree on "now".
 */

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const DAY_MS = 24 * 60 * 60 * 1000;

function toCard(card: ReviewCard): Card {
	return { ...card, due: new Date(card.due), last_review: card.last_review ? new Date(card.last_review) : undefined };
}

function fromCard(card: Card): ReviewCard {
	const stored: ReviewCard = {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
	};
	if (card.last_review) stored.last_review = card.last_review.toISOString();
	return stored;
}

/** The card after one more answer: Again when wrong, Good when right. A question never reviewed starts a new card. */
export function reviewAnswer(card: ReviewCard | undefined, correct: boolean, at: Date): ReviewCard {
	const current = card ? toCard(card) : createEmptyCard(at);
	return fromCard(scheduler.next(current, at, correct ? Rating.Good : Rating.Again).card);
}

/**
 * Takes every saved attempt that a card has not seen yet into it, in order, each at the time it was made: the same
 * cards as if each answer had been scheduled the moment it was given. Returns the same object when nothing changes.
 */
export function catchUpReviews(progress: Progress): Progress {
	let answers: Progress['answers'] | undefined;
	for (const [id, answer] of Object.entries(progress.answers)) {
		const attempts = unscheduledAttempts(answer);
		if (attempts.length === 0) continue;
		const card = attempts.reduce<ReviewCard | undefined>((card, attempt) => reviewAnswer(card, attempt.correct, new Date(attempt.at)), answer.card);
		answers ??= { ...progress.answers };
		answers[id] = { ...answer, card };
	}
	return answers ? { ...progress, answers } : progress;
}

export function isDue(card: ReviewCard, now: Date): boolean {
	return Date.parse(card.due) <= now.getTime();
}

/** Days from the last review to the next one: how long the learner is expected to remember the answer. */
export function intervalDays(card: ReviewCard): number {
	if (!card.last_review) return 0;
	return Math.round((Date.parse(card.due) - Date.parse(card.last_review)) / DAY_MS);
}

export interface ScheduledQuestion {
	questionId: string;
	due: string;
	isDue: boolean;
	/** Whether the latest answer was right. */
	lastCorrect: boolean;
	/** False for a question that is no longer in the guide (its progress is kept, but it cannot be asked). */
	known: boolean;
}

/** Every question with a card, soonest due first (ties by id, so the order is stable). */
export function reviewSchedule(
	answers: Readonly<Record<string, { card?: ReviewCard; correct: boolean }>>,
	knownIds: ReadonlySet<string>,
	now: Date,
): ScheduledQuestion[] {
	return Object.entries(answers)
		.flatMap(([questionId, answer]) =>
			answer.card
				? [{ questionId, due: answer.card.due, isDue: isDue(answer.card, now), lastCorrect: answer.correct, known: knownIds.has(questionId) }]
				: [],
		)
		.sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.questionId.localeCompare(b.questionId));
}

/** The questions to review now: due, and still in the guide, soonest due first. */
export function dueQuestionIds(
	answers: Readonly<Record<string, { card?: ReviewCard; correct: boolean }>>,
	knownIds: ReadonlySet<string>,
	now: Date,
): string[] {
	return reviewSchedule(answers, knownIds, now)
		.filter((entry) => entry.isDue && entry.known)
		.map((entry) => entry.questionId);
}

/** Whole days from now until a time, rounded up (0 when it is already past). */
export function daysUntil(iso: string, now: Date): number {
	return Math.max(0, Math.ceil((Date.parse(iso) - now.getTime()) / DAY_MS));
}
