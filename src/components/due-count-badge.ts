import { countDue } from '~/domain/due-count';
import { PROGRESS_CHANGE_EVENT, PROGRESS_KEY, PROGRESS_KEY_V1 } from '~/domain/progress-keys';

/** Fills in the header's "N to review" link on every page, and keeps it current. */

function read(key: string): string | null {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null; // storage blocked: nothing to count
	}
}

let migrating: Promise<unknown> | undefined;

async function update() {
	const link = document.querySelector<HTMLAnchorElement>('[data-due-count]');
	const number = link?.querySelector('[data-due-number]');
	if (!link || !number) return;
	let raw = read(PROGRESS_KEY);
	if (raw === null && read(PROGRESS_KEY_V1) !== null) {
		// Progress from before version 2: migrate it once. Only then is the full store loaded (a separate chunk).
		migrating ??= import('~/domain/progress-store').then(({ createProgressStore }) => createProgressStore({ storage: window.localStorage }));
		await migrating.catch(() => undefined);
		raw = read(PROGRESS_KEY);
	}
	const count = countDue(raw, Date.now());
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
