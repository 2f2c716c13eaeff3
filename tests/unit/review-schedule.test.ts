import { describe, expect, it } from 'vitest';
import { SHORTEST_REVIEW_INTERVAL_MS } from '../../src/domain/pending-reviews.ts';
import { emptyProgress, withAnswer } from '../../src/domain/progress-store.ts';
import { catchUpReviews, dueQuestionIds, intervalDays, isDue, type ReviewCard, reviewAnswer, reviewSchedule } from '../../src/domain/review-schedule.ts';

const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 10, 1 + n, hour));

describe('review scheduling (FSRS)', () => {
	it('schedules a right first answer (Good) three days on and a wrong one (Again) one day on', () => {
		expect(reviewAnswer(undefined, true, day(0)).due).toBe(day(3).toISOString());
		expect(reviewAnswer(undefined, false, day(0)).due).toBe(day(1).toISOString());
	});

	it('never brings a question back sooner than the shortest interval the header\'s due count relies on', () => {
		// Every sequence of six answers, each given on time, early (after an hour) or late (a week after due).
		const gaps = [(card: ReviewCard) => Date.parse(card.due), (card: ReviewCard) => Date.parse(card.last_review!) + 3_600_000, (card: ReviewCard) => Date.parse(card.due) + 7 * 86_400_000];
		let checked = 0;
		const walk = (card: ReviewCard | undefined, at: number, depth: number) => {
			if (depth === 6) return;
			for (const correct of [true, false]) {
				const next = reviewAnswer(card, correct, new Date(at));
				expect(Date.parse(next.due) - at).toBeGreaterThanOrEqual(SHORTEST_REVIEW_INTERVAL_MS);
				checked++;
				for (const gap of gaps) walk(next, gap(next), depth + 1);
			}
		};
		walk(undefined, day(0).getTime(), 0);
		expect(checked).toBeGreaterThan(1000);
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

	it('catches saved answers up to the cards they would have had if scheduled at once, and leaves caught-up progress as it is', () => {
		let progress = withAnswer(emptyProgress(), 'q', [0], true, day(0));
		progress = withAnswer(progress, 'q', [1], false, day(4));
		const caughtUp = catchUpReviews(progress);
		expect(caughtUp.answers.q?.card).toEqual(reviewAnswer(reviewAnswer(undefined, true, day(0)), false, day(4)));
		// The same object back, so a store that schedules on every read and write never loops or rewrites storage.
		expect(catchUpReviews(caughtUp)).toBe(caughtUp);
		expect(catchUpReviews(emptyProgress())).toEqual(emptyProgress());
	});
});
