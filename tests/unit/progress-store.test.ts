import { describe, expect, it } from 'vitest';
import { CORRUPT_KEY_PREFIX, createProgressStore, type KeyValueStorage, PROGRESS_KEY } from '../../src/domain/progress-store.ts';

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

const fixedNow = () => new Date('2026-11-28T10:00:00.000Z');

describe('progress store', () => {
	it('records an answer and reads it back after a reload', () => {
		const storage = new MemoryStorage();
		createProgressStore({ storage, now: fixedNow }).recordAnswer('ds-purpose', [2, 0], true);
		const reloaded = createProgressStore({ storage, now: fixedNow });
		expect(reloaded.answerFor('ds-purpose')).toEqual({ chosen: [0, 2], correct: true, answeredAt: '2026-11-28T10:00:00.000Z', attempts: 1, correctAttempts: 1 });
		expect(reloaded.notices).toEqual([]);
	});

	it('keeps unreadable progress aside under its own key and tells the learner', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, '{"version":1,"answers":{"x":{"chosen":"oops"}}}');
		const store = createProgressStore({ storage, now: fixedNow });
		const asideKey = `${CORRUPT_KEY_PREFIX}2026-11-28T10:00:00.000Z`;
		expect(storage.getItem(asideKey)).toBe('{"version":1,"answers":{"x":{"chosen":"oops"}}}');
		expect(store.notices).toEqual([{ kind: 'corrupt', savedAsideKey: asideKey, raw: '{"version":1,"answers":{"x":{"chosen":"oops"}}}' }]);
		expect(store.progress.answers).toEqual({});
	});

	it('treats text that is not JSON as corrupt too', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, 'not json at all');
		expect(createProgressStore({ storage, now: fixedNow }).notices[0]?.kind).toBe('corrupt');
	});

	it('keeps working in memory when storage is full, with a notice', () => {
		const store = createProgressStore({ storage: new FullStorage(), now: fixedNow });
		store.recordAnswer('q', [1], false);
		expect(store.answerFor('q')?.chosen).toEqual([1]);
		expect(store.notices).toEqual([{ kind: 'storage-unavailable' }]);
	});

	it('keeps working in memory when storage is blocked', () => {
		const store = createProgressStore({ storage: null, now: fixedNow });
		store.recordAnswer('q', [0], true);
		expect(store.answerFor('q')?.correct).toBe(true);
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
	});

	it('keeps progress for question ids it does not know', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, answers: { 'retired-question': { chosen: [1], correct: true, answeredAt: 'x', attempts: 1, correctAttempts: 1 } } }));
		const store = createProgressStore({ storage, now: fixedNow });
		store.recordAnswer('new-question', [0], false);
		expect(Object.keys(JSON.parse(storage.getItem(PROGRESS_KEY)!).answers)).toEqual(['retired-question', 'new-question']);
	});

	it('clears the shown choice on retry but keeps the attempt history', () => {
		const store = createProgressStore({ storage: new MemoryStorage(), now: fixedNow });
		store.recordAnswer('q', [1], false);
		store.clearChoices(['q']);
		expect(store.answerFor('q')).toMatchObject({ chosen: [], attempts: 1, correctAttempts: 0 });
	});
});
