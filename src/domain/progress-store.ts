// zod/mini: the same validation in a fraction of the bytes, since this runs in every learner's browser.
import * as z from 'zod/mini';
import { BACKUP_KEY_PREFIX, CORRUPT_KEY_PREFIX, PROGRESS_KEY, PROGRESS_KEY_V1 } from './progress-keys.ts';
import { reviewAnswer, reviewCardSchema } from './review-schedule.ts';

export { BACKUP_KEY_PREFIX, CORRUPT_KEY_PREFIX, PROGRESS_KEY, PROGRESS_KEY_V1 } from './progress-keys.ts';

// The site's content security policy forbids eval; zod's optional code generation would trip it on every page.
z.config({ jitless: true });

/**
 * The learner's progress, kept in one versioned localStorage key and validated on every read.
 * Storage is injected (not taken from `window`) so the rules can be tested without a browser:
 * unreadable state is copied aside and reported, never thrown away; blocked or full storage falls back to memory;
 * the first format (version 1) is migrated on first read and left in place as a backup.
 */

/** How many recent attempts each question keeps (the totals count every attempt). */
export const HISTORY_LIMIT = 50;
/** How many mock exam results are kept, newest last. */
export const EXAM_HISTORY_LIMIT = 100;

// ---------- Version 1 (key dsg-progress-v1): the format of the first release ----------

const answerV1Schema = z.object({
	chosen: z.array(z.int().check(z.nonnegative())),
	correct: z.boolean(),
	answeredAt: z.string(),
	attempts: z.int().check(z.nonnegative()),
	correctAttempts: z.int().check(z.nonnegative()),
});

export const progressV1Schema = z.object({
	version: z.literal(1),
	answers: z.record(z.string(), answerV1Schema),
});

export type ProgressV1 = z.infer<typeof progressV1Schema>;

// ---------- Version 2 (key dsg-progress-v2): the current format ----------

export const ANSWER_SOURCES = ['quiz', 'review', 'mock-exam', 'imported'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

const attemptSchema = z.object({
	at: z.string(),
	correct: z.boolean(),
	source: z.enum(ANSWER_SOURCES),
});

const answerSchema = z.object({
	/** The choice shown on the question's page; emptied by "Try again" and "Start again". */
	chosen: z.array(z.int().check(z.nonnegative())),
	/** The latest answer's verdict and time. */
	correct: z.boolean(),
	answeredAt: z.string(),
	/** Every attempt ever made, and how many were right. */
	attempts: z.int().check(z.nonnegative()),
	correctAttempts: z.int().check(z.nonnegative()),
	/** The most recent attempts (at most HISTORY_LIMIT), oldest first. */
	history: z.array(attemptSchema),
	/** The spaced-review card (FSRS); absent only for an answer that was never graded. */
	card: z.optional(reviewCardSchema),
});

const examAnswersSchema = z.record(z.string(), z.array(z.int().check(z.nonnegative())));

/** A mock exam being sat: saved as it goes, so a reload or a closed tab resumes it with the same deadline. */
const activeExamSchema = z.object({
	seed: z.string(),
	startedAt: z.string(),
	/** When time runs out (ISO): absolute, so the clock keeps running while the page is closed, as in the real exam. */
	deadline: z.string(),
	minutes: z.int().check(z.positive()),
	questionIds: z.array(z.string()).check(z.minLength(1)),
	answers: examAnswersSchema,
	flagged: z.array(z.string()),
	current: z.int().check(z.nonnegative()),
});

const examResultSchema = z.object({
	id: z.string(),
	seed: z.string(),
	startedAt: z.string(),
	finishedAt: z.string(),
	minutes: z.int().check(z.positive()),
	/** True when time ran out rather than the learner submitting. */
	timedOut: z.boolean(),
	questionIds: z.array(z.string()),
	answers: examAnswersSchema,
	flagged: z.array(z.string()),
	correct: z.int().check(z.nonnegative()),
	total: z.int().check(z.nonnegative()),
	passMark: z.int().check(z.nonnegative()),
	passed: z.boolean(),
});

export const progressSchema = z.object({
	version: z.literal(2),
	/** Keyed by question id; entries for questions that no longer exist are kept untouched. */
	answers: z.record(z.string(), answerSchema),
	/** Finished mock exams, oldest first. */
	exams: z.array(examResultSchema),
	activeExam: z.optional(activeExamSchema),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type SavedAnswer = z.infer<typeof answerSchema>;
export type ActiveExam = z.infer<typeof activeExamSchema>;
export type ExamResult = z.infer<typeof examResultSchema>;
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

export const emptyProgress = (): Progress => ({ version: 2, answers: {}, exams: [] });

/**
 * Version 1 to version 2. Every answer keeps its choice, verdict, time and totals; its one known attempt becomes its
 * history; and it gets a review card as if it had been reviewed when it was answered (Again if wrong, Good if right),
 * so questions answered long ago are due now. An answer time that is not a date is reviewed at `now`.
 */
export function migrateV1(v1: ProgressV1, now: Date): Progress {
	const answers: Progress['answers'] = {};
	for (const [id, answer] of Object.entries(v1.answers)) {
		const answeredAt = Number.isNaN(Date.parse(answer.answeredAt)) ? now : new Date(answer.answeredAt);
		answers[id] = {
			...answer,
			history: [{ at: answer.answeredAt, correct: answer.correct, source: 'quiz' }],
			card: reviewAnswer(undefined, answer.correct, answeredAt),
		};
	}
	return { version: 2, answers, exams: [] };
}

const anyVersionSchema = z.union([progressSchema, progressV1Schema]);

/**
 * Reads a stored or exported document of any known version and brings it to the current one.
 * Undefined when it is not JSON or matches no known version.
 */
export function readProgressDocument(raw: string | unknown, now: Date): { progress: Progress; migratedFrom?: 1 } | undefined {
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		try {
			parsed = JSON.parse(raw);
		} catch {
			return undefined;
		}
	}
	const result = anyVersionSchema.safeParse(parsed);
	if (!result.success) return undefined;
	return result.data.version === 2 ? { progress: result.data } : { progress: migrateV1(result.data, now), migratedFrom: 1 };
}

export const parseProgress = (raw: string | unknown, now: Date): Progress | undefined => readProgressDocument(raw, now)?.progress;

export interface RecordOptions {
	source?: AnswerSource;
	/** False keeps the choice shown on the question's page as it was (a mock exam answer, say). Default true. */
	showOnPage?: boolean;
}

/** One more answer: the choice, the verdict, the totals, the history and the review card all move on. */
export function withAnswer(
	state: Progress,
	questionId: string,
	chosen: readonly number[],
	correct: boolean,
	at: Date,
	{ source = 'quiz', showOnPage = true }: RecordOptions = {},
): Progress {
	const previous = state.answers[questionId];
	const iso = at.toISOString();
	const history = [...(previous?.history ?? []), { at: iso, correct, source }].slice(-HISTORY_LIMIT);
	return {
		...state,
		answers: {
			...state.answers,
			[questionId]: {
				chosen: showOnPage || !previous ? [...chosen].sort((a, b) => a - b) : previous.chosen,
				correct,
				answeredAt: iso,
				attempts: (previous?.attempts ?? 0) + 1,
				correctAttempts: (previous?.correctAttempts ?? 0) + (correct ? 1 : 0),
				history,
				card: reviewAnswer(previous?.card, correct, at),
			},
		},
	};
}

export function createProgressStore({ storage, now = () => new Date() }: ProgressStoreOptions) {
	const listeners = new Set<() => void>();
	const notices: ProgressNotice[] = [];
	let usingMemory = storage === null;
	if (usingMemory) notices.push({ kind: 'storage-unavailable' });
	// The last text read and what it validated to: reading the same text again needs no second parse.
	let lastRaw: string | null = null;
	let lastParsed: Progress | undefined;

	function safeGet(key: string): string | null {
		if (usingMemory || !storage) return null;
		try {
			return storage.getItem(key);
		} catch {
			switchToMemory();
			return null;
		}
	}

	function safeSet(key: string, value: string): boolean {
		if (usingMemory || !storage) return false;
		try {
			storage.setItem(key, value);
			return true;
		} catch {
			switchToMemory();
			return false;
		}
	}

	function switchToMemory() {
		if (usingMemory) return;
		usingMemory = true;
		notices.push({ kind: 'storage-unavailable' });
	}

	/** Reads and validates; anything unreadable is copied aside under its own key and reported once. */
	function read(): Progress {
		let key = PROGRESS_KEY;
		let raw = safeGet(PROGRESS_KEY);
		if (raw === null) {
			key = PROGRESS_KEY_V1;
			raw = safeGet(PROGRESS_KEY_V1);
		}
		if (raw === null) return emptyProgress();
		if (raw === lastRaw && lastParsed) return lastParsed;
		const document = readProgressDocument(raw, now());
		if (document) {
			const { progress } = document;
			if (key !== PROGRESS_KEY || document.migratedFrom) {
				// Migrated: the new format goes under the new key; a version-1 key is left as it was, as a backup.
				const text = JSON.stringify(progress);
				if (safeSet(PROGRESS_KEY, text)) {
					lastRaw = text;
					lastParsed = progress;
				}
				return progress;
			}
			lastRaw = raw;
			lastParsed = progress;
			return progress;
		}
		const savedAsideKey = `${CORRUPT_KEY_PREFIX}${now().toISOString()}`;
		if (safeSet(savedAsideKey, raw)) safeSet(PROGRESS_KEY, JSON.stringify(emptyProgress()));
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
		const text = JSON.stringify(next);
		if (safeSet(PROGRESS_KEY, text)) {
			lastRaw = text;
			lastParsed = next;
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
		/** True when progress lives only in this tab's memory (storage blocked or full). */
		get inMemoryOnly(): boolean {
			return usingMemory;
		},
		answerFor(questionId: string): SavedAnswer | undefined {
			return current().answers[questionId];
		},
		recordAnswer(questionId: string, chosen: readonly number[], correct: boolean, options: RecordOptions = {}) {
			write(withAnswer(current(), questionId, chosen, correct, now(), options));
		},
		/** Forgets the last answer shown for these questions (their history, totals and review card stay). */
		clearChoices(questionIds: readonly string[]) {
			const state = current();
			const answers = { ...state.answers };
			for (const id of questionIds) {
				const answer = answers[id];
				if (answer) answers[id] = { ...answer, chosen: [] };
			}
			write({ ...state, answers });
		},
		/** Forgets everything about these questions: answers, history and review cards (a section reset). */
		resetQuestions(questionIds: readonly string[]) {
			const state = current();
			const answers = { ...state.answers };
			for (const id of questionIds) delete answers[id];
			write({ ...state, answers });
		},
		/** Stops scheduling reviews for these questions (ones no longer in the guide); their answers and history stay. */
		dropReviewCards(questionIds: readonly string[]) {
			const state = current();
			const answers = { ...state.answers };
			for (const id of questionIds) {
				const answer = answers[id];
				if (answer?.card) {
					const { card: _dropped, ...rest } = answer;
					answers[id] = rest;
				}
			}
			write({ ...state, answers });
		},
		saveActiveExam(exam: ActiveExam | undefined) {
			const { activeExam: _previous, ...rest } = current();
			write(exam ? { ...rest, activeExam: exam } : rest);
		},
		/** Files a finished mock exam: its result joins the history, and each answered question counts as an attempt. */
		recordExam(result: ExamResult, graded: readonly { questionId: string; chosen: readonly number[]; correct: boolean }[]) {
			let state = current();
			const at = new Date(result.finishedAt);
			for (const { questionId, chosen, correct } of graded) {
				state = withAnswer(state, questionId, chosen, correct, at, { source: 'mock-exam', showOnPage: false });
			}
			const { activeExam: _finished, ...rest } = state;
			write({ ...rest, exams: [...state.exams, result].slice(-EXAM_HISTORY_LIMIT) });
		},
		/** Changes progress as a whole (merging an import, say), starting from what is stored now. */
		update(change: (current: Progress) => Progress) {
			write(change(current()));
		},
		/** Puts another copy of progress in place (an import); the progress it replaces is kept under a backup key. */
		replace(next: Progress): string | undefined {
			const backupKey = `${BACKUP_KEY_PREFIX}${now().toISOString()}`;
			const saved = safeSet(backupKey, JSON.stringify(current()));
			write(next);
			return saved ? backupKey : undefined;
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
