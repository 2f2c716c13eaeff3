import { describe, expect, it } from 'vitest';
import { MASTERY_RULES, masteryLevel, summarizeSection } from '../../src/domain/mastery.ts';
import { reviewAnswer } from '../../src/domain/review-schedule.ts';

const now = new Date('2026-11-28T10:00:00.000Z');
const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];

function answered(correct: boolean, cardIntervalDays = 3, at = '2026-11-20T10:00:00.000Z') {
	const last = new Date(at);
	const card = reviewAnswer(undefined, correct, last);
	return {
		correct,
		answeredAt: at,
		attempts: 1,
		correctAttempts: correct ? 1 : 0,
		card: { ...card, due: new Date(last.getTime() + cardIntervalDays * 86_400_000).toISOString() },
	};
}

describe('mastery rules', () => {
	it('is "not started" with nothing answered', () => {
		expect(summarizeSection(ids, {}, now)).toMatchObject({ total: 5, seen: 0, level: 'not-started', correctShare: 0 });
	});

	it('is "attempted" when fewer than half the questions are answered, however well', () => {
		expect(summarizeSection(ids, { q1: answered(true), q2: answered(true) }, now).level).toBe('attempted');
	});

	it('is "attempted" when half are answered but fewer than 60% of them right', () => {
		expect(summarizeSection(ids, { q1: answered(true), q2: answered(false), q3: answered(false) }, now).level).toBe('attempted');
	});

	it('is "familiar" with at least half answered and at least 60% of those right', () => {
		expect(summarizeSection(ids, { q1: answered(true), q2: answered(true), q3: answered(false) }, now).level).toBe('familiar');
	});

	it('is "proficient" with every question answered and at least 80% right at the latest answer', () => {
		const answers = { q1: answered(true), q2: answered(true), q3: answered(true), q4: answered(true), q5: answered(false) };
		expect(summarizeSection(ids, answers, now)).toMatchObject({ seen: 5, correctLatest: 4, correctShare: 0.8, level: 'proficient' });
	});

	it('stays "familiar" when every question is answered but fewer than 80% are right', () => {
		const answers = { q1: answered(true), q2: answered(true), q3: answered(true), q4: answered(false), q5: answered(false) };
		expect(summarizeSection(ids, answers, now).level).toBe('familiar');
	});

	it('is "proficient", not "mastered", when all are right but some review is less than three weeks out', () => {
		const answers = Object.fromEntries(ids.map((id, i) => [id, answered(true, i === 0 ? MASTERY_RULES.masteredIntervalDays - 1 : 30)]));
		expect(summarizeSection(ids, answers, now).level).toBe('proficient');
	});

	it('is "mastered" when every question is right and each next review is at least 21 days after the last', () => {
		const answers = Object.fromEntries(ids.map((id) => [id, answered(true, MASTERY_RULES.masteredIntervalDays)]));
		expect(summarizeSection(ids, answers, now).level).toBe('mastered');
	});

	it('counts only the section\'s questions, ignores answers to others, and reports the latest activity and what is due', () => {
		const answers = {
			q1: answered(true, 3, '2026-11-20T10:00:00.000Z'),
			q2: answered(false, 1, '2026-11-27T10:00:00.000Z'),
			elsewhere: answered(true, 3, '2026-11-28T09:00:00.000Z'),
		};
		expect(summarizeSection(ids, answers, now)).toMatchObject({ seen: 2, due: 2, attempts: 2, correctAttempts: 1, lastActivity: '2026-11-27T10:00:00.000Z' });
	});

	it('applies the thresholds exactly at their edges', () => {
		expect(masteryLevel({ total: 10, seen: 5, correctLatest: 3, allLongIntervals: false })).toBe('familiar');
		expect(masteryLevel({ total: 10, seen: 4, correctLatest: 4, allLongIntervals: false })).toBe('attempted');
		expect(masteryLevel({ total: 10, seen: 10, correctLatest: 8, allLongIntervals: false })).toBe('proficient');
		expect(masteryLevel({ total: 0, seen: 0, correctLatest: 0, allLongIntervals: true })).toBe('not-started');
	});
});
