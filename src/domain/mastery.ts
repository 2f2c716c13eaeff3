import { intervalDays, isDue, type ReviewCard } from './review-schedule.ts';

/**
 * How well a learner knows a section (a syllabus outcome or a topic), from their answers to its questions.
 * The rules are plain thresholds so the Progress page can state them exactly; only questions still in the guide count.
 */

export const MASTERY_LEVELS = ['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export const MASTERY_RULES = {
	/** Familiar: at least this share of the section's questions answered... */
	familiarSeenShare: 0.5,
	/** ...and at least this share of those right at their latest answer. */
	familiarCorrectShare: 0.6,
	/** Proficient: every question answered, and at least this share right at their latest answer. */
	proficientCorrectShare: 0.8,
	/** Mastered: every question right at its latest answer, and each one's next review at least this many days after its last. */
	masteredIntervalDays: 21,
} as const;

export interface AnswerForMastery {
	correct: boolean;
	answeredAt: string;
	attempts: number;
	correctAttempts: number;
	card?: ReviewCard;
}

export interface SectionSummary {
	/** Questions in the section. */
	total: number;
	/** Questions answered at least once. */
	seen: number;
	/** Questions whose latest answer was right. */
	correctLatest: number;
	/** correctLatest / seen (0 when nothing is seen). */
	correctShare: number;
	/** Every attempt at the section's questions, and how many were right. */
	attempts: number;
	correctAttempts: number;
	/** Questions due for review now. */
	due: number;
	/** The latest answer's time (ISO), if any. */
	lastActivity?: string;
	level: MasteryLevel;
}

export function masteryLevel(stats: { total: number; seen: number; correctLatest: number; allLongIntervals: boolean }): MasteryLevel {
	const { total, seen, correctLatest, allLongIntervals } = stats;
	if (seen === 0 || total === 0) return 'not-started';
	if (seen === total && correctLatest === total && allLongIntervals) return 'mastered';
	if (seen === total && correctLatest >= MASTERY_RULES.proficientCorrectShare * total) return 'proficient';
	if (seen >= MASTERY_RULES.familiarSeenShare * total && correctLatest >= MASTERY_RULES.familiarCorrectShare * seen) return 'familiar';
	return 'attempted';
}

export function summarizeSection(
	questionIds: readonly string[],
	answers: Readonly<Record<string, AnswerForMastery>>,
	now: Date,
): SectionSummary {
	let seen = 0;
	let correctLatest = 0;
	let attempts = 0;
	let correctAttempts = 0;
	let due = 0;
	let lastActivity: string | undefined;
	let allLongIntervals = true;
	for (const id of questionIds) {
		const answer = answers[id];
		if (!answer || answer.attempts === 0) {
			allLongIntervals = false;
			continue;
		}
		seen++;
		if (answer.correct) correctLatest++;
		attempts += answer.attempts;
		correctAttempts += answer.correctAttempts;
		if (answer.card && isDue(answer.card, now)) due++;
		if (!answer.card || intervalDays(answer.card) < MASTERY_RULES.masteredIntervalDays) allLongIntervals = false;
		if (!lastActivity || Date.parse(answer.answeredAt) > Date.parse(lastActivity)) lastActivity = answer.answeredAt;
	}
	const total = questionIds.length;
	return {
		total,
		seen,
		correctLatest,
		correctShare: seen === 0 ? 0 : correctLatest / seen,
		attempts,
		correctAttempts,
		due,
		...(lastActivity ? { lastActivity } : {}),
		level: masteryLevel({ total, seen, correctLatest, allLongIntervals }),
	};
}
