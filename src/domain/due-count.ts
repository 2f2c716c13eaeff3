/**
 * The header's "due for review" count. It runs on every page, so it stays tiny: no zod, no scheduler, just a careful
 * look at the stored JSON. The islands validate fully; anything unexpected here simply counts as nothing due.
 */

export interface DueCount {
	/** Questions whose review is due now. */
	due: number;
	/** Questions with a review scheduled at all. */
	scheduled: number;
}

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
	let due = 0;
	let scheduled = 0;
	for (const answer of Object.values(answers as Record<string, { card?: { due?: unknown } } | null>)) {
		const when = typeof answer?.card?.due === 'string' ? Date.parse(answer.card.due) : NaN;
		if (Number.isNaN(when)) continue;
		scheduled++;
		if (when <= now) due++;
	}
	return { due, scheduled };
}
