import { z } from 'zod';

// The site's content security policy forbids eval; zod's optional code generation would trip it on every page.
z.config({ jitless: true });

/**
 * The learner's progress, kept in one versioned localStorage key and validated on every read.
 * Storage is injected (not taken from `window`) so the rules can be tested without a browser:
 * unreadable state is copied aside and reported, never thrown away; blocked or full storage falls back to memory.
 */

export const PROGRESS_KEY = 'dsg-progress-v1';
export const CORRUPT_KEY_PREFIX = 'dsg-progress-corrupt-';

const answerSchema = z.object({
	chosen: z.array(z.number().int().nonnegative()),
	correct: z.boolean(),
	answeredAt: z.string(),
	attempts: z.number().int().nonnegative(),
	correctAttempts: z.number().int().nonnegative(),
});

export const progressSchema = z.object({
	version: z.literal(1),
	/** Keyed by question id; entries for questions that no longer exist are kept untouched. */
	answers: z.record(z.string(), answerSchema),
});

export type SavedAnswer = z.infer<typeof answerSchema>;
export type Progress = z.infer<typeof progressSchema>;

export type ProgressNotice =
	| { kind: 'corrupt'; savedAsideKey: string; raw: string }
	| { kind: 'storage-unavailable' };

/** The subset of the Web Storage API the store uses. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export interface ProgressStoreOptions {
	storage: KeyValueStorage | null;
	now?: () => Date;
}

const emptyProgress = (): Progress => ({ version: 1, answers: {} });

export function createProgressStore({ storage, now = () => new Date() }: ProgressStoreOptions) {
	const listeners = new Set<() => void>();
	const notices: ProgressNotice[] = [];
	let usingMemory = storage === null;
	if (usingMemory) notices.push({ kind: 'storage-unavailable' });

	function safeGet(key: string): string | null {
		if (usingMemory || !storage) return null;
		try {
			return storage.getItem(key);
		} catch {
			switchToMemory();
			return null;
		}
	}

	function switchToMemory() {
		if (usingMemory) return;
		usingMemory = true;
		notices.push({ kind: 'storage-unavailable' });
	}

	/** Reads and validates; anything unreadable is copied aside under its own key and reported once. */
	function read(): Progress {
		const raw = safeGet(PROGRESS_KEY);
		if (raw === null) return emptyProgress();
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			parsed = undefined;
		}
		const result = progressSchema.safeParse(parsed);
		if (result.success) return result.data;
		const savedAsideKey = `${CORRUPT_KEY_PREFIX}${now().toISOString()}`;
		try {
			storage?.setItem(savedAsideKey, raw);
			storage?.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
		} catch {
			switchToMemory();
		}
		notices.push({ kind: 'corrupt', savedAsideKey, raw });
		return emptyProgress();
	}

	// Storage is the source of truth and is read (and validated) every time, so other tabs and tools never go stale;
	// the in-memory copy is what survives when storage stops working.
	let memory = read();

	function current(): Progress {
		if (!usingMemory) memory = read();
		return memory;
	}

	function write(next: Progress) {
		memory = next;
		if (!usingMemory && storage) {
			try {
				storage.setItem(PROGRESS_KEY, JSON.stringify(next));
			} catch {
				switchToMemory();
			}
		}
		for (const listener of listeners) listener();
	}

	return {
		get progress(): Progress {
			return current();
		},
		get notices(): readonly ProgressNotice[] {
			return notices;
		},
		answerFor(questionId: string): SavedAnswer | undefined {
			return current().answers[questionId];
		},
		recordAnswer(questionId: string, chosen: readonly number[], correct: boolean) {
			const state = current();
			const previous = state.answers[questionId];
			write({
				...state,
				answers: {
					...state.answers,
					[questionId]: {
						chosen: [...chosen].sort((a, b) => a - b),
						correct,
						answeredAt: now().toISOString(),
						attempts: (previous?.attempts ?? 0) + 1,
						correctAttempts: (previous?.correctAttempts ?? 0) + (correct ? 1 : 0),
					},
				},
			});
		},
		/** Forgets the last answer shown for these questions (their history of attempts stays). */
		clearChoices(questionIds: readonly string[]) {
			const state = current();
			const answers = { ...state.answers };
			for (const id of questionIds) {
				const answer = answers[id];
				if (answer) answers[id] = { ...answer, chosen: [] };
			}
			write({ ...state, answers });
		},
		/** Tells listeners about a change another tab made (the `storage` event); the next read sees it. */
		reload() {
			for (const listener of listeners) listener();
		},
		subscribe(listener: () => void): () => void {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
