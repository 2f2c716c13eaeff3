// Valibot rather than zod here: this runs in every learner's browser, and for these schemas valibot costs under 3 KB
// gzip where zod/mini costs about 6 KB, on a quiz page whose budget for all its JavaScript is 20 KB. Valibot also
// needs no eval, which the site's content security policy forbids. Build-time content schemas stay on zod.
import * as v from 'valibot';
import { BACKUP_KEY_PREFIX, CORRUPT_KEY_PREFIX, PROGRESS_KEY, PROGRESS_KEY_V1 } from './progress-keys.ts';

export { BACKUP_KEY_PREFIX, CORRUPT_KEY_PREFIX, PROGRESS_KEY, PROGRESS_KEY_V1 } from './progress-keys.ts';

/**
 * The learner's progress, kept in one versioned localStorage key and validated on every read.
 * Storage is injected (not taken from `window`) so the rules can be tested without a browser:
 * unreadable state is copied aside and reported, never thrown away; blocked or full storage falls back to memory;
 * the first format (version 1) is migrated on first read and left in place as a backup.
 * Review cards are not computed here (see pending-reviews.ts): pages that show the schedule hand the store a
 * scheduler with `scheduleReviews`, and from then on every answer's card is kept up to date.
 */

/** How many recent attempts each question keeps (the totals count every attempt). */
export const HISTORY_LIMIT = 50;
/** How many mock exam results are kept, newest last. */
export const EXAM_HISTORY_LIMIT = 100;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positiveCount = v.pipe(v.number(), v.integer(), v.minValue(1));
const isoDate = v.pipe(v.string(), v.isoTimestamp());

// ---------- Version 1 (key dsg-progress-v1): the format of the first release ----------

const answerV1Schema = v.object({
	chosen: v.array(count),
	correct: v.boolean(),
	answeredAt: v.string(),
	attempts: count,
	correctAttempts: count,
});

export const progressV1Schema = v.object({
	version: v.literal(1),
	answers: v.record(v.string(), answerV1Schema),
});

export type ProgressV1 = v.InferOutput<typeof progressV1Schema>;

// ---------- Version 2 (key dsg-progress-v2): the current format ----------

export const ANSWER_SOURCES = ['quiz', 'review', 'mock-exam', 'imported'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** A ts-fsrs card as it is stored: dates as ISO strings, field names as ts-fsrs spells them. */
const reviewCardSchema = v.object({
	due: isoDate,
	stability: v.pipe(v.number(), v.minValue(0)),
	difficulty: v.number(),
	elapsed_days: v.pipe(v.number(), v.minValue(0)),
	scheduled_days: v.pipe(v.number(), v.minValue(0)),
	learning_steps: count,
	reps: count,
	lapses: count,
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	state: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
	last_review: v.optional(isoDate),
});

const attemptSchema = v.object({
	at: v.string(),
	correct: v.boolean(),
	source: v.picklist(ANSWER_SOURCES),
});

const answerSchema = v.object({
	/** The choice shown on the question's page; emptied by "Try again" and "Start again". */
	chosen: v.array(count),
	/** The latest answer's verdict and time. */
	correct: v.boolean(),
	answeredAt: v.string(),
	/** Every attempt ever made, and how many were right. */
	attempts: count,
	correctAttempts: count,
	/** The most recent attempts (at most HISTORY_LIMIT), oldest first. */
	history: v.array(attemptSchema),
	/** The spaced-review card (FSRS), as of its `last_review`; later attempts are taken in when the schedule is shown. */
	card: v.optional(reviewCardSchema),
	/** True once the question has left the guide: no reviews are scheduled for it until it is answered again. */
	retired: v.optional(v.literal(true)),
});

const examAnswersSchema = v.record(v.string(), v.array(count));

/** A mock exam being sat: saved as it goes, so a reload or a closed tab resumes it with the same deadline. */
const activeExamSchema = v.object({
	seed: v.string(),
	startedAt: v.string(),
	/** When time runs out (ISO): absolute, so the clock keeps running while the page is closed, as in the real exam. */
	deadline: v.string(),
	minutes: positiveCount,
	questionIds: v.pipe(v.array(v.string()), v.minLength(1)),
	answers: examAnswersSchema,
	flagged: v.array(v.string()),
	current: count,
});

const examResultSchema = v.object({
	id: v.string(),
	seed: v.string(),
	startedAt: v.string(),
	finishedAt: v.string(),
	minutes: positiveCount,
	/** True when time ran out rather than the learner submitting. */
	timedOut: v.boolean(),
	questionIds: v.array(v.string()),
	answers: examAnswersSchema,
	flagged: v.array(v.string()),
	correct: count,
	total: count,
	passMark: count,
	passed: v.boolean(),
});

export const progressSchema = v.object({
	version: v.literal(2),
	/** Keyed by question id; entries for questions that no longer exist are kept untouched. */
	answers: v.record(v.string(), answerSchema),
	/** Finished mock exams, oldest first. */
	exams: v.array(examResultSchema),
	activeExam: v.optional(activeExamSchema),
});

export type ReviewCard = v.InferOutput<typeof reviewCardSchema>;
export type Attempt = v.InferOutput<typeof attemptSchema>;
export type SavedAnswer = v.InferOutput<typeof answerSchema>;
export type ActiveExam = v.InferOutput<typeof activeExamSchema>;
export type ExamResult = v.InferOutput<typeof examResultSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;

/** Brings every answer's review card up to date (review-schedule.ts, with ts-fsrs); the same object when nothing changed. */
export type ReviewScheduler = (progress: Progress) => Progress;

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
 * Version 1 to version 2. Every answer keeps its choice, verdict, time and totals, and its one known attempt becomes
 * its history, waiting to be scheduled for review as of when it was answered (so questions answered long ago are due
 * now). An answer time that is not a date is taken as `now`.
 */
export function migrateV1(v1: ProgressV1, now: Date): Progress {
	const answers: Progress['answers'] = {};
	for (const [id, answer] of Object.entries(v1.answers)) {
		const answeredAt = Number.isNaN(Date.parse(answer.answeredAt)) ? now.toISOString() : answer.answeredAt;
		answers[id] = { ...answer, history: [{ at: answeredAt, correct: answer.correct, source: 'quiz' }] };
	}
	return { version: 2, answers, exams: [] };
}

const anyVersionSchema = v.union([progressSchema, progressV1Schema]);

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
	const result = v.safeParse(anyVersionSchema, parsed);
	if (!result.success) return undefined;
	return result.output.version === 2 ? { progress: result.output } : { progress: migrateV1(result.output, now), migratedFrom: 1 };
}

export const parseProgress = (raw: string | unknown, now: Date): Progress | undefined => readProgressDocument(raw, now)?.progress;

export interface RecordOptions {
	source?: AnswerSource;
	/** False keeps the choice shown on the question's page as it was (a mock exam answer, say). Default true. */
	showOnPage?: boolean;
}

/** One more answer: the choice, the verdict, the totals and the history move on; the review card catches up later. */
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
	const answer: SavedAnswer = {
		chosen: showOnPage || !previous ? [...chosen].sort((a, b) => a - b) : previous.chosen,
		correct,
		answeredAt: iso,
		attempts: (previous?.attempts ?? 0) + 1,
		correctAttempts: (previous?.correctAttempts ?? 0) + (correct ? 1 : 0),
		history,
	};
	// The card takes this attempt in when the schedule is next shown. The retired flag is not carried over: a question
	// answered again is in the guide again, and its card is rebuilt from its history.
	if (previous?.card && !previous.retired) answer.card = previous.card;
	return { ...state, answers: { ...state.answers, [questionId]: answer } };
}

export function createProgressStore({ storage, now = () => new Date() }: ProgressStoreOptions) {
	const listeners = new Set<() => void>();
	const notices: ProgressNotice[] = [];
	let usingMemory = storage === null;
	if (usingMemory) notices.push({ kind: 'storage-unavailable' });
	// The last text read and what it validated to: reading the same text again needs no second parse.
	let lastRaw: string | null = null;
	let lastParsed: Progress | undefined;
	let scheduler: ReviewScheduler | undefined;
	// The last state the scheduler returned: progress is read on every render, and reading it again needs no second pass.
	let scheduledState: Progress | undefined;

	function schedule(state: Progress): Progress {
		if (!scheduler || state === scheduledState) return state;
		scheduledState = scheduler(state);
		return scheduledState;
	}

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
		// Answers saved on a page without the scheduler (or in another tab) are scheduled, and saved, on first sight.
		const scheduled = schedule(memory);
		if (scheduled !== memory) write(scheduled);
		return memory;
	}

	function write(state: Progress) {
		const next = schedule(state);
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
		retireFromReview(questionIds: readonly string[]) {
			const state = current();
			const answers = { ...state.answers };
			for (const id of questionIds) {
				const answer = answers[id];
				if (answer && !answer.retired) {
					const { card: _dropped, ...rest } = answer;
					answers[id] = { ...rest, retired: true };
				}
			}
			write({ ...state, answers });
		},
		/**
		 * From now on, keeps every answer's review card up to date with this scheduler, starting with the answers saved
		 * without one. Pages that show the schedule call it; quiz pages never load the scheduler.
		 */
		scheduleReviews(schedule: ReviewScheduler) {
			scheduler = schedule;
			current();
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
