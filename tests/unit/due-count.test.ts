import { describe, expect, it } from 'vitest';
import { countDue } from '../../src/domain/due-count.ts';
import { emptyProgress, withAnswer } from '../../src/domain/progress-store.ts';
import { catchUpReviews } from '../../src/domain/review-schedule.ts';

const now = Date.UTC(2026, 10, 28, 10);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the header\'s due count', () => {
	it('counts questions whose review is due now, out of those scheduled', () => {
		let progress = emptyProgress();
		progress = withAnswer(progress, 'wrong-long-ago', [0], false, new Date(now - 5 * DAY));
		progress = withAnswer(progress, 'right-yesterday', [0], true, new Date(now - DAY));
		progress = withAnswer(progress, 'wrong-four-days-ago', [1], false, new Date(now - 4 * DAY));
		const scheduled = JSON.stringify(catchUpReviews(progress));
		expect(countDue(scheduled, now)).toEqual({ due: 2, scheduled: 3, needsScheduling: false });
		expect(countDue(scheduled, now + 2 * DAY)).toEqual({ due: 3, scheduled: 3, needsScheduling: false });
	});

	it('counts an answer saved without the scheduler as not due for a day, then asks for the scheduler', () => {
		const progress = withAnswer(emptyProgress(), 'answered-on-a-quiz-page', [0], false, new Date(now - 23 * HOUR));
		expect(countDue(JSON.stringify(progress), now)).toEqual({ due: 0, scheduled: 1, needsScheduling: false });
		expect(countDue(JSON.stringify(progress), now + 2 * HOUR)).toEqual({ due: 0, scheduled: 1, needsScheduling: true });
	});

	it('takes a card as it is while no answer waits for it, and asks again once one does', () => {
		const scheduled = catchUpReviews(withAnswer(emptyProgress(), 'q', [0], false, new Date(now - 3 * DAY)));
		expect(countDue(JSON.stringify(scheduled), now)).toEqual({ due: 1, scheduled: 1, needsScheduling: false });
		// Answered again on a quiz page just now: it left the due list, whatever the scheduler will say.
		const answeredAgain = withAnswer(scheduled, 'q', [1], true, new Date(now - HOUR));
		expect(countDue(JSON.stringify(answeredAgain), now)).toEqual({ due: 0, scheduled: 1, needsScheduling: false });
	});

	it('leaves retired questions out', () => {
		const retired = { ...withAnswer(emptyProgress(), 'gone', [0], false, new Date(now - 5 * DAY)).answers.gone, retired: true };
		expect(countDue(JSON.stringify({ version: 2, answers: { gone: retired }, exams: [] }), now)).toEqual({ due: 0, scheduled: 0, needsScheduling: false });
	});

	it('says nothing for missing, unreadable or unexpected data instead of failing', () => {
		expect(countDue(null, now)).toBeNull();
		expect(countDue('not json', now)).toBeNull();
		expect(countDue('null', now)).toBeNull();
		expect(countDue('{"version":1,"answers":{}}', now)).toBeNull();
		expect(countDue('{"version":2,"answers":{"a":null,"b":{"card":{"due":"garbage"}},"c":{"card":{"due":"2026-01-01T00:00:00Z"}},"d":{"history":"oops"},"e":{"history":[null,{"at":5}]}}}', now)).toEqual({
			due: 1,
			scheduled: 1,
			needsScheduling: false,
		});
	});
});
