import { describe, expect, it } from 'vitest';
import { countDue } from '../../src/domain/due-count.ts';
import { emptyProgress, withAnswer } from '../../src/domain/progress-store.ts';

const now = Date.UTC(2026, 10, 28, 10);

describe('the header\'s due count', () => {
	it('counts questions whose review is due now, out of those scheduled', () => {
		let progress = emptyProgress();
		progress = withAnswer(progress, 'wrong-long-ago', [0], false, new Date(now - 5 * 86_400_000));
		progress = withAnswer(progress, 'right-yesterday', [0], true, new Date(now - 86_400_000));
		progress = withAnswer(progress, 'wrong-four-days-ago', [1], false, new Date(now - 4 * 86_400_000));
		expect(countDue(JSON.stringify(progress), now)).toEqual({ due: 2, scheduled: 3 });
		expect(countDue(JSON.stringify(progress), now + 2 * 86_400_000)).toEqual({ due: 3, scheduled: 3 });
	});

	it('says nothing for missing, unreadable or unexpected data instead of failing', () => {
		expect(countDue(null, now)).toBeNull();
		expect(countDue('not json', now)).toBeNull();
		expect(countDue('null', now)).toBeNull();
		expect(countDue('{"version":1,"answers":{}}', now)).toBeNull();
		expect(countDue('{"version":2,"answers":{"a":null,"b":{"card":{"due":"garbage"}},"c":{"card":{"due":"2026-01-01T00:00:00Z"}}}}', now)).toEqual({ due: 1, scheduled: 1 });
	});
});
