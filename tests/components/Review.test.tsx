import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from '../../src/domain/progress-keys.ts';
import { emptyProgress, withAnswer } from '../../src/domain/progress-store.ts';
import Review from '../../src/islands/Review.tsx';
import { catalogueOf, catalogueQuestion } from './catalogue-fixture.ts';

const catalogue = catalogueOf([catalogueQuestion('alpha', 'LO7'), catalogueQuestion('beta', 'LO6'), catalogueQuestion('gamma', 'LO1')]);
const DAY = 86_400_000;
const start = new Date('2026-11-01T10:00:00.000Z');

/** Saves progress as if the learner answered these questions on the first day. */
function answeredOnDayOne(entries: [id: string, correct: boolean][]) {
	const progress = entries.reduce((state, [id, correct]) => withAnswer(state, id, [correct ? 1 : 0], correct, start), emptyProgress());
	localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
}

beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('Review', () => {
	it('asks nothing and says how it works when nothing has been answered', () => {
		vi.setSystemTime(start);
		render(<Review catalogueUrl="unused" catalogue={catalogue} />);
		expect(screen.getByRole('status').textContent).toContain('No questions are due for review now.');
		expect(screen.getByText(/You have not answered any questions yet/)).toBeTruthy();
		expect(screen.queryByRole('group')).toBeNull();
	});

	it('asks only what is due, each linked to its bank, and lists when every question comes back', () => {
		answeredOnDayOne([
			['alpha', false],
			['beta', true],
		]);
		vi.setSystemTime(new Date(start.getTime() + 2 * DAY));
		render(<Review catalogueUrl="unused" catalogue={catalogue} />);
		expect(screen.getAllByRole('status')[0]!.textContent).toContain('1 question is due for review now.');
		const quiz = screen.getByRole('list', { name: 'Questions due for review' });
		expect(within(quiz).getAllByRole('group')).toHaveLength(1);
		expect(within(quiz).getByRole('link', { name: 'Bank of alpha' }).getAttribute('href')).toBe('/bank/#q-alpha');
		const rows = screen.getAllByRole('row').slice(1);
		expect(rows.map((row) => row.getAttribute('data-question-id'))).toEqual(['alpha', 'beta']);
		expect(rows[0]!.textContent).toContain('Due now');
		expect(rows[1]!.textContent).toContain('Tomorrow or sooner (4 Nov 2026)');
	});

	it('starts due questions fresh, and a right answer reschedules the question days ahead', () => {
		answeredOnDayOne([['alpha', false]]);
		vi.setSystemTime(new Date(start.getTime() + 2 * DAY));
		render(<Review catalogueUrl="unused" catalogue={catalogue} />);
		const question = screen.getByRole('group', { name: /Question alpha/ }).closest('li')!;
		expect((within(question).getByLabelText('alpha option 0') as HTMLInputElement).checked).toBe(false);
		fireEvent.click(within(question).getByLabelText('alpha option 1'));
		fireEvent.click(within(question).getByRole('button', { name: 'Check' }));
		expect(within(question).getAllByText(/Why alpha option 1\./).length).toBeGreaterThan(0);
		const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers.alpha;
		expect(saved.history.at(-1)).toMatchObject({ correct: true, source: 'review' });
		expect(Date.parse(saved.card.due)).toBeGreaterThan(Date.now() + DAY);
		const status = screen.getAllByRole('status')[0]!.textContent;
		expect(status).toContain('No questions are due for review now.');
		expect(status).toContain('You have answered all 1 question of this round.');
	});

	it('asks in rounds, and offers the next round once this one is answered', () => {
		answeredOnDayOne([
			['alpha', false],
			['beta', false],
			['gamma', false],
		]);
		vi.setSystemTime(new Date(start.getTime() + 2 * DAY));
		render(<Review catalogueUrl="unused" catalogue={catalogue} roundSize={2} />);
		expect(screen.getAllByRole('group', { name: /^Question/ })).toHaveLength(2);
		expect(screen.getByText(/Here are the 2 questions due soonest, of 3 due/)).toBeTruthy();
		for (const id of ['alpha', 'beta']) {
			const question = screen.getByRole('group', { name: new RegExp(`Question ${id}`) }).closest('li')!;
			fireEvent.click(within(question).getByLabelText(`${id} option 2`));
			fireEvent.click(within(question).getByRole('button', { name: 'Check' }));
		}
		fireEvent.click(screen.getByRole('button', { name: 'Review the next 1 due' }));
		expect(screen.getAllByRole('group', { name: /^Question/ }).map((group) => group.textContent)).toEqual([expect.stringContaining('Question gamma?')]);
	});

	it('lists a question no longer in the guide without asking it, and can stop scheduling it', () => {
		answeredOnDayOne([['retired-one', false]]);
		vi.setSystemTime(new Date(start.getTime() + 2 * DAY));
		render(<Review catalogueUrl="unused" catalogue={catalogue} />);
		expect(screen.getByText(/A question no longer in the guide \(retired-one\)/)).toBeTruthy();
		expect(screen.queryByRole('group', { name: /^Question/ })).toBeNull();
		act(() => {
			fireEvent.click(screen.getByRole('button', { name: 'Stop scheduling reviews for them' }));
		});
		const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers['retired-one'];
		expect(saved.card).toBeUndefined();
		expect(saved.attempts).toBe(1);
	});
});

describe('Review when saved progress is unreadable', () => {
	it('keeps it aside, says so once, and still works', () => {
		localStorage.setItem(PROGRESS_KEY, '{"version":2,"answers":');
		vi.setSystemTime(start);
		render(<Review catalogueUrl="unused" catalogue={catalogue} />);
		expect(screen.getAllByRole('alert')).toHaveLength(1);
		expect(screen.getByRole('alert').textContent).toContain('could not be read');
		expect(screen.getAllByRole('status')[0]!.textContent).toContain('No questions are due for review now.');
	});
});
