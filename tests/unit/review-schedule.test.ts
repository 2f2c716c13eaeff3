import { describe, expect, it } from 'vitest';
import { dueQuestionIds, intervalDays, isDue, reviewAnswer, reviewSchedule } from '../../src/domain/review-schedule.ts';

const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 10, 1 + n, hour));

describe('review scheduling (FSRS)', () => {
	it('schedules a right first answer (Good) three days on and a wrong one (Again) one day on', () => {
		expect(reviewAnswer(undefined, true, day(0)).due).toBe(day(3).toISOString());
		expect(reviewAnswer(undefined, false, day(0)).due).toBe(day(1).toISOString());
	});

	it('spaces reviews further apart with every right answer on time', () => {
		let card = reviewAnswer(undefined, true, day(0));
		const intervals = [intervalDays(card)];
		for (let i = 0; i < 3; i++) {
			card = reviewAnswer(card, true, new Date(card.due));
			intervals.push(intervalDays(card));
		}
		expect(intervals).toEqual([3, 14, 57, 196]);
		expect(card.reps).toBe(4);
	});

	it('brings a question back sooner after a lapse, and counts the lapse', () => {
		const learnt = reviewAnswer(reviewAnswer(undefined, true, day(0)), true, day(3));
		const lapsed = reviewAnswer(learnt, false, day(17));
		expect(intervalDays(lapsed)).toBeLessThan(intervalDays(learnt));
		expect(lapsed.lapses).toBe(1);
	});

	it('is due at its due time and not a moment before', () => {
		const card = reviewAnswer(undefined, true, day(0));
		expect(isDue(card, new Date(Date.parse(card.due) - 1))).toBe(false);
		expect(isDue(card, new Date(card.due))).toBe(true);
	});

	it('lists every scheduled question soonest first and offers only due ones that are still in the guide', () => {
		const answers = {
			later: { correct: true, card: reviewAnswer(undefined, true, day(0)) },
			sooner: { correct: false, card: reviewAnswer(undefined, false, day(0)) },
			retired: { correct: false, card: reviewAnswer(undefined, false, day(0)) },
			unscheduled: { correct: true },
		};
		const known = new Set(['later', 'sooner', 'unscheduled']);
		expect(reviewSchedule(answers, known, day(2)).map((entry) => [entry.questionId, entry.isDue, entry.known])).toEqual([
			['retired', true, false],
			['sooner', true, true],
			['later', false, true],
		]);
		expect(dueQuestionIds(answers, known, day(2))).toEqual(['sooner']);
		expect(dueQuestionIds(answers, known, day(3))).toEqual(['sooner', 'later']);
		expect(dueQuestionIds(answers, known, day(0, 11))).toEqual([]);
	});
});
