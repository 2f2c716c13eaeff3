import { SHORTEST_REVIEW_INTERVAL_MS, unscheduledAttempts } from './pending-reviews.ts';

/**
 * The header's "due for review" count. It runs on every page, so it stays tiny: no validation library, no scheduler,
 * just a careful look at the stored JSON. The islands validate fully; anything unexpected here counts as nothing due.
 */

export interface DueCount {
	/** Questions whose review is due now. */
	due: number;
	/** Questions with a review scheduled, or about to be. */
	scheduled: number;
	/**
	 * True when an answer saved without the scheduler is old enough that it may be due already: only the scheduler can
	 * tell, so the caller should schedule saved answers and count again.
	 */
	needsScheduling: boolean;
}

interface StoredAnswer {
	card?: { due?: unknown; last_review?: string };
	history?: unknown;
	retired?: boolean;
}

const isAttempt = (attempt: unknown): attempt is { at: string } => typeof (attempt as { at?: unknown } | null)?.at === 'string';

/** Counts due reviews in stored version-2 progress; null when there is none or it cannot be read. */
export function countDue(raw: string | null, now: number): DueCount | null {
	if (!raw) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	const document = data as { version?: unknown; answers?: unknown } | null;
	const answers = document?.answers;
	if (document?.version !== 2 || typeof answers !== 'object' || answers === null) return null;
	const result: DueCount = { due: 0, scheduled: 0, needsScheduling: false };
	for (const answer of Object.values(answers as Record<string, StoredAnswer | null>)) {
		if (!answer) continue;
		const history = Array.isArray(answer.history) ? answer.history.filter(isAttempt) : [];
		const waiting = unscheduledAttempts({ ...answer, history });
		if (waiting.length > 0) {
			// Not due before the shortest interval has passed since the latest answer; after that, the scheduler decides.
			result.scheduled++;
			if (now - Date.parse(waiting.at(-1)!.at) >= SHORTEST_REVIEW_INTERVAL_MS) result.needsScheduling = true;
			continue;
		}
		const when = typeof answer.card?.due === 'string' ? Date.parse(answer.card.due) : NaN;
		if (Number.isNaN(when)) continue;
		result.scheduled++;
		if (when <= now) result.due++;
	}
	return result;
}
