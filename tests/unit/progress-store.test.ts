import { describe, expect, it } from 'vitest';
import {
	BACKUP_KEY_PREFIX,
	CORRUPT_KEY_PREFIX,
	createProgressStore,
	type ExamResult,
	HISTORY_LIMIT,
	type KeyValueStorage,
	migrateV1,
	PROGRESS_KEY,
	PROGRESS_KEY_V1,
	readProgressDocument,
} from '../../src/domain/progress-store.ts';
import { catchUpReviews } from '../../src/domain/review-schedule.ts';

class MemoryStorage implements KeyValueStorage {
	readonly items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

class FullStorage extends MemoryStorage {
	override setItem(): void {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}
}

/** Works until it fills up, as a real quota does mid-session. */
class FillingStorage extends MemoryStorage {
	writesLeft: number;
	constructor(writesLeft: number) {
		super();
		this.writesLeft = writesLeft;
	}
	override setItem(key: string, value: string): void {
		if (this.writesLeft-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		super.setItem(key, value);
	}
}

/** Blocked storage throws on every access (Safari private mode with cookies off, a sandboxed frame). */
class BlockedStorage implements KeyValueStorage {
	getItem(): string | null {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
	setItem(): void {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
}

const fixedNow = () => new Date('2026-11-28T10:00:00.000Z');

const v1Document = {
	version: 1,
	answers: {
		'ds-purpose': { chosen: [1], correct: true, answeredAt: '2026-11-01T09:00:00.000Z', attempts: 3, correctAttempts: 2 },
		'ds-outputs': { chosen: [], correct: false, answeredAt: '2026-11-20T09:00:00.000Z', attempts: 1, correctAttempts: 0 },
	},
};

describe('progress store', () => {
	it('records an answer and reads it back after a reload, with its attempt history and review card', () => {
		const storage = new MemoryStorage();
		createProgressStore({ storage, now: fixedNow }).recordAnswer('ds-purpose', [2, 0], true);
		const reloaded = createProgressStore({ storage, now: fixedNow });
		reloaded.scheduleReviews(catchUpReviews);
		expect(reloaded.answerFor('ds-purpose')).toMatchObject({
			chosen: [0, 2],
			correct: true,
			answeredAt: '2026-11-28T10:00:00.000Z',
			attempts: 1,
			correctAttempts: 1,
			history: [{ at: '2026-11-28T10:00:00.000Z', correct: true, source: 'quiz' }],
		});
		expect(reloaded.answerFor('ds-purpose')?.card?.due).toBe('2026-12-01T10:00:00.000Z');
		expect(reloaded.notices).toEqual([]);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(2);
	});

	it('keeps unreadable progress aside under its own key and tells the learner', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, '{"version":2,"answers":{"x":{"chosen":"oops"}},"exams":[]}');
		const store = createProgressStore({ storage, now: fixedNow });
		const asideKey = `${CORRUPT_KEY_PREFIX}2026-11-28T10:00:00.000Z`;
		expect(storage.getItem(asideKey)).toBe('{"version":2,"answers":{"x":{"chosen":"oops"}},"exams":[]}');
		expect(store.notices).toEqual([{ kind: 'corrupt', savedAsideKey: asideKey, raw: '{"version":2,"answers":{"x":{"chosen":"oops"}},"exams":[]}' }]);
		expect(store.progress.answers).toEqual({});
	});

	it('treats text that is not JSON as corrupt too', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, 'not json at all');
		expect(createProgressStore({ storage, now: fixedNow }).notices[0]?.kind).toBe('corrupt');
	});

	it('treats a version it does not know as corrupt, keeping it aside rather than guessing', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, '{"version":9,"answers":{}}');
		const store = createProgressStore({ storage, now: fixedNow });
		expect(store.notices).toEqual([expect.objectContaining({ kind: 'corrupt', raw: '{"version":9,"answers":{}}' })]);
		expect(storage.getItem(`${CORRUPT_KEY_PREFIX}2026-11-28T10:00:00.000Z`)).toBe('{"version":9,"answers":{}}');
	});

	it('reports corrupt data that another tab wrote, and keeps it aside', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage, now: fixedNow });
		store.recordAnswer('q', [0], true);
		storage.setItem(PROGRESS_KEY, '{"version":2,"answers":[]}');
		expect(store.progress.answers).toEqual({});
		expect(store.notices.map((notice) => notice.kind)).toEqual(['corrupt']);
	});

	it('keeps working in memory when storage is full, with a notice', () => {
		const store = createProgressStore({ storage: new FullStorage(), now: fixedNow });
		store.recordAnswer('q', [1], false);
		expect(store.answerFor('q')?.chosen).toEqual([1]);
		expect(store.notices).toEqual([{ kind: 'storage-unavailable' }]);
		expect(store.inMemoryOnly).toBe(true);
	});

	it('keeps what was answered when storage fills up mid-session, and goes on in memory', () => {
		const storage = new FillingStorage(1);
		const store = createProgressStore({ storage, now: fixedNow });
		store.recordAnswer('first', [0], true);
		store.recordAnswer('second', [1], false);
		store.recordAnswer('third', [2], true);
		expect(Object.keys(store.progress.answers)).toEqual(['first', 'second', 'third']);
		expect(Object.keys(JSON.parse(storage.getItem(PROGRESS_KEY)!).answers)).toEqual(['first']);
		expect(store.notices).toEqual([{ kind: 'storage-unavailable' }]);
	});

	it('keeps working in memory when storage is blocked', () => {
		const store = createProgressStore({ storage: null, now: fixedNow });
		store.recordAnswer('q', [0], true);
		expect(store.answerFor('q')?.correct).toBe(true);
		expect(store.notices).toEqual([{ kind: 'storage-unavailable' }]);
	});

	it('keeps working in memory when every storage access throws', () => {
		const store = createProgressStore({ storage: new BlockedStorage(), now: fixedNow });
		store.recordAnswer('q', [0], true);
		expect(store.answerFor('q')?.attempts).toBe(1);
		expect(store.notices).toEqual([{ kind: 'storage-unavailable' }]);
	});

	it('picks up a change another tab made', () => {
		const storage = new MemoryStorage();
		const here = createProgressStore({ storage, now: fixedNow });
		const otherTab = createProgressStore({ storage, now: fixedNow });
		let heard = 0;
		here.subscribe(() => heard++);
		otherTab.recordAnswer('q', [3], true);
		here.reload();
		expect(here.answerFor('q')?.chosen).toEqual([3]);
		expect(heard).toBe(1);
		// And the next answer here builds on the other tab's, not on a stale copy.
		here.recordAnswer('q', [1], false);
		expect(otherTab.answerFor('q')).toMatchObject({ attempts: 2, correctAttempts: 1 });
	});

	it('keeps progress for question ids it does not know', () => {
		const storage = new MemoryStorage();
		const retired = { chosen: [1], correct: true, answeredAt: '2026-01-01T00:00:00.000Z', attempts: 1, correctAttempts: 1, history: [] };
		storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, answers: { 'retired-question': retired }, exams: [] }));
		const store = createProgressStore({ storage, now: fixedNow });
		store.recordAnswer('new-question', [0], false);
		const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
		expect(Object.keys(saved.answers)).toEqual(['retired-question', 'new-question']);
		expect(saved.answers['retired-question']).toEqual(retired);
	});

	it('clears the shown choice on retry but keeps the attempt history and review card', () => {
		const store = createProgressStore({ storage: new MemoryStorage(), now: fixedNow });
		store.scheduleReviews(catchUpReviews);
		store.recordAnswer('q', [1], false);
		const card = store.answerFor('q')?.card;
		store.clearChoices(['q']);
		expect(store.answerFor('q')).toMatchObject({ chosen: [], attempts: 1, correctAttempts: 0, card });
	});

	it('keeps only the latest attempts in the history, while the totals count them all', () => {
		const store = createProgressStore({ storage: new MemoryStorage(), now: fixedNow });
		for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.recordAnswer('q', [0], i % 2 === 0);
		const answer = store.answerFor('q')!;
		expect(answer.history).toHaveLength(HISTORY_LIMIT);
		expect(answer.attempts).toBe(HISTORY_LIMIT + 5);
	});

	it('resets a section: those questions are forgotten, the others and the exam history stay', () => {
		const store = createProgressStore({ storage: new MemoryStorage(), now: fixedNow });
		store.recordAnswer('a', [0], true);
		store.recordAnswer('b', [0], true);
		store.recordAnswer('c', [0], true);
		store.resetQuestions(['a', 'c', 'never-answered']);
		expect(Object.keys(store.progress.answers)).toEqual(['b']);
	});

	it('files a mock exam result: the history grows, answers count as attempts, the page choice stays', () => {
		const store = createProgressStore({ storage: new MemoryStorage(), now: fixedNow });
		store.recordAnswer('a', [2], true);
		store.saveActiveExam({ seed: 's', startedAt: '2026-11-28T09:00:00.000Z', deadline: '2026-11-28T10:00:00.000Z', minutes: 60, questionIds: ['a', 'b'], answers: {}, flagged: [], current: 0 });
		const result: ExamResult = {
			id: 'exam-1',
			seed: 's',
			startedAt: '2026-11-28T09:00:00.000Z',
			finishedAt: '2026-11-28T09:50:00.000Z',
			minutes: 60,
			timedOut: false,
			questionIds: ['a', 'b'],
			answers: { a: [0], b: [] },
			flagged: [],
			correct: 0,
			total: 2,
			passMark: 2,
			passed: false,
		};
		store.recordExam(result, [{ questionId: 'a', chosen: [0], correct: false }]);
		expect(store.progress.exams).toEqual([result]);
		expect(store.progress.activeExam).toBeUndefined();
		expect(store.answerFor('a')).toMatchObject({ chosen: [2], correct: false, attempts: 2 });
		expect(store.answerFor('a')?.history.at(-1)).toEqual({ at: '2026-11-28T09:50:00.000Z', correct: false, source: 'mock-exam' });
		expect(store.answerFor('b')).toBeUndefined();
	});

	it('keeps the progress an import replaces under a backup key', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage, now: fixedNow });
		store.recordAnswer('mine', [0], true);
		const before = storage.getItem(PROGRESS_KEY);
		const backupKey = store.replace({ version: 2, answers: {}, exams: [] });
		expect(backupKey).toBe(`${BACKUP_KEY_PREFIX}2026-11-28T10:00:00.000Z`);
		expect(storage.getItem(backupKey!)).toBe(before);
		expect(store.progress.answers).toEqual({});
	});

	it('writes only what its schema accepts', () => {
		const storage = new MemoryStorage();
		const store = createProgressStore({ storage, now: fixedNow });
		store.recordAnswer('q', [0, 1], true, { source: 'review' });
		expect(readProgressDocument(storage.getItem(PROGRESS_KEY)!, fixedNow())).toBeDefined();
		store.scheduleReviews(catchUpReviews);
		expect(readProgressDocument(storage.getItem(PROGRESS_KEY)!, fixedNow())?.progress.answers.q?.card).toBeDefined();
	});
});

describe('review cards, kept up to date only where a scheduler is given', () => {
	const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 10));

	it('saves answers without a card where no scheduler is loaded (a quiz page), and schedules them on the next page that has one', () => {
		const storage = new MemoryStorage();
		let now = day(0);
		const quizPage = createProgressStore({ storage, now: () => now });
		quizPage.recordAnswer('q', [0], true);
		now = day(3);
		quizPage.recordAnswer('q', [1], false);
		expect(quizPage.answerFor('q')?.card).toBeUndefined();

		const reviewPage = createProgressStore({ storage, now: () => now });
		reviewPage.scheduleReviews(catchUpReviews);
		// The same card as if each answer had been scheduled when it was given: Good on day 0, then Again on day 3.
		const stored = readProgressDocument(storage.getItem(PROGRESS_KEY)!, now)?.progress.answers.q?.card;
		expect(stored).toMatchObject({ reps: 2, lapses: 1, last_review: day(3).toISOString() });
		expect(stored).toEqual(reviewPage.answerFor('q')?.card);
	});

	it('takes in an answer given on a quiz page after the card was made, and only that one', () => {
		const storage = new MemoryStorage();
		let now = day(0);
		const reviewPage = createProgressStore({ storage, now: () => now });
		reviewPage.scheduleReviews(catchUpReviews);
		reviewPage.recordAnswer('q', [0], true);
		const first = reviewPage.answerFor('q')!.card!;
		now = day(5);
		createProgressStore({ storage, now: () => now }).recordAnswer('q', [0], true);
		const card = reviewPage.answerFor('q')!.card!;
		expect(card.reps).toBe(first.reps + 1);
		expect(card.last_review).toBe(day(5).toISOString());
	});

	it('stops scheduling retired questions until they are answered again', () => {
		const store = createProgressStore({ storage: new MemoryStorage(), now: () => day(0) });
		store.scheduleReviews(catchUpReviews);
		store.recordAnswer('gone', [0], false);
		store.retireFromReview(['gone']);
		expect(store.answerFor('gone')).toMatchObject({ retired: true, attempts: 1 });
		expect(store.answerFor('gone')?.card).toBeUndefined();
		store.recordAnswer('gone', [1], true);
		expect(store.answerFor('gone')?.retired).toBeUndefined();
		expect(store.answerFor('gone')?.card?.reps).toBe(2);
	});
});

describe('migration from version 1', () => {
	it('moves version-1 progress to the version-2 key and leaves the old key untouched as a backup', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY_V1, JSON.stringify(v1Document));
		const store = createProgressStore({ storage, now: fixedNow });
		expect(store.notices).toEqual([]);
		expect(storage.getItem(PROGRESS_KEY_V1)).toBe(JSON.stringify(v1Document));
		const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
		expect(saved.version).toBe(2);
		expect(readProgressDocument(saved, fixedNow())).toEqual({ progress: saved });
		expect(store.answerFor('ds-purpose')).toMatchObject({
			chosen: [1],
			correct: true,
			answeredAt: '2026-11-01T09:00:00.000Z',
			attempts: 3,
			correctAttempts: 2,
			history: [{ at: '2026-11-01T09:00:00.000Z', correct: true, source: 'quiz' }],
		});
	});

	it('schedules each migrated answer as if reviewed when it was answered: Good three days on, Again one day on', () => {
		const migrated = catchUpReviews(migrateV1(v1Document as Parameters<typeof migrateV1>[0], fixedNow()));
		expect(migrated.answers['ds-purpose']?.card?.due).toBe('2026-11-04T09:00:00.000Z');
		expect(migrated.answers['ds-outputs']?.card?.due).toBe('2026-11-21T09:00:00.000Z');
		expect(migrated.exams).toEqual([]);
	});

	it('migrates once: later reads use the version-2 key, and new answers go there', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY_V1, JSON.stringify(v1Document));
		createProgressStore({ storage, now: fixedNow }).recordAnswer('new', [0], true);
		const again = createProgressStore({ storage, now: fixedNow });
		expect(Object.keys(again.progress.answers).sort()).toEqual(['ds-outputs', 'ds-purpose', 'new']);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY_V1)!)).toEqual(v1Document);
	});

	it('reviews a version-1 answer whose time is not a date at the time of migration', () => {
		const migrated = catchUpReviews(migrateV1({ version: 1, answers: { q: { chosen: [0], correct: true, answeredAt: 'x', attempts: 1, correctAttempts: 1 } } }, fixedNow()));
		expect(migrated.answers.q?.card?.last_review).toBe('2026-11-28T10:00:00.000Z');
	});

	it('keeps unreadable version-1 progress aside too', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY_V1, '{"version":1,"answers":{"x":{"chosen":"oops"}}}');
		const store = createProgressStore({ storage, now: fixedNow });
		expect(store.notices[0]).toMatchObject({ kind: 'corrupt', raw: '{"version":1,"answers":{"x":{"chosen":"oops"}}}' });
		expect(storage.getItem(`${CORRUPT_KEY_PREFIX}2026-11-28T10:00:00.000Z`)).toBe('{"version":1,"answers":{"x":{"chosen":"oops"}}}');
	});
});
