import { countDue } from '../domain/due-count.ts';
import { PROGRESS_CHANGE_EVENT, PROGRESS_KEY, PROGRESS_KEY_V1 } from '../domain/progress-keys.ts';

/** Fills in the header's "N to review" link on every page, and keeps it current. */

function read(key: string): string | null {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null; // storage blocked: nothing to count
	}
}

let scheduler: Promise<typeof import('./schedule-saved-reviews.ts')> | undefined;

async function update() {
	const link = document.querySelector<HTMLAnchorElement>('[data-due-count]');
	const number = link?.querySelector('[data-due-number]');
	if (!link || !number) return;
	const raw = read(PROGRESS_KEY);
	let count = countDue(raw, Date.now());
	if (count?.needsScheduling || (raw === null && read(PROGRESS_KEY_V1) !== null)) {
		// Only now is the store with the scheduler loaded (a separate chunk); it migrates and schedules, then we count.
		scheduler ??= import('./schedule-saved-reviews.ts');
		await scheduler.then(({ scheduleSavedReviews }) => scheduleSavedReviews()).catch(() => undefined);
		count = countDue(read(PROGRESS_KEY), Date.now());
	}
	if (!count || count.scheduled === 0) {
		link.hidden = true;
		return;
	}
	number.textContent = String(count.due);
	link.hidden = false;
}

export function startDueCount() {
	void update();
	window.addEventListener('storage', () => void update());
	window.addEventListener(PROGRESS_CHANGE_EVENT, () => void update());
	document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void update());
	// Reviews fall due while a page is open.
	setInterval(() => void update(), 60_000);
}
