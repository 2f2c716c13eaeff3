import { createProgressStore, PROGRESS_KEY, type ProgressStore } from '../domain/progress-store.ts';

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
		if (event.key === PROGRESS_KEY) created.reload();
	});
	store = created;
	return created;
}
