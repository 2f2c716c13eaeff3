import { PROGRESS_CHANGE_EVENT, PROGRESS_KEY, PROGRESS_KEY_V1 } from '../domain/progress-keys.ts';
import { createProgressStore, type ProgressStore } from '../domain/progress-store.ts';

/** The one progress store of the page, shared by every island on it. */
let store: ProgressStore | undefined;

function localStorageOrNull(): Storage | null {
	try {
		const storage = window.localStorage;
		const probe = '__dsg-probe__';
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		// Blocked (private browsing, disabled cookies) or full: the store keeps working in memory.
		return null;
	}
}

export function progressStore(): ProgressStore {
	if (store) return store;
	const created = createProgressStore({ storage: localStorageOrNull() });
	window.addEventListener('storage', (event) => {
		// A change in another tab (key null: that tab cleared storage).
		if (event.key === PROGRESS_KEY || event.key === PROGRESS_KEY_V1 || event.key === null) created.reload();
	});
	// Tell plain-page scripts (the header's due count) that progress changed on this page.
	created.subscribe(() => window.dispatchEvent(new Event(PROGRESS_CHANGE_EVENT)));
	store = created;
	return created;
}
