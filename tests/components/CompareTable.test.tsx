import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompareTableData } from '../../src/domain/compare-table.ts';
import CompareTable from '../../src/islands/CompareTable.tsx';

const table: CompareTableData = {
	id: 'demo',
	caption: 'Three activities compared',
	rowHeading: 'Aspect',
	items: [
		{ id: 'plan', label: 'Plan', href: '/activities/plan/' },
		{ id: 'engage', label: 'Engage' },
		{ id: 'deliver-and-support', label: 'Deliver and support' },
	],
	rows: [
		{ id: 'purpose', label: 'Purpose', cells: { plan: { text: 'Sets direction' }, engage: { text: 'Talks with stakeholders' }, 'deliver-and-support': { text: 'Runs services' } } },
		{ id: 'channel', label: 'Talks with users', cells: { plan: { text: 'No' }, engage: { text: 'Yes' }, 'deliver-and-support': { text: 'No' } } },
		{ id: 'work', label: 'Typical work', cells: { plan: { text: 'Budgets; roadmaps', list: ['Budgets', 'Roadmaps'] }, engage: { text: 'Surveys' }, 'deliver-and-support': { text: 'Fixing faults' } } },
	],
};

const columnHeaders = () => screen.getAllByRole('columnheader').map((cell) => cell.textContent);
const rowHeaders = () => screen.getAllByRole('rowheader').map((cell) => cell.firstChild?.textContent);
const status = () => screen.getByRole('status').textContent;

beforeEach(() => history.replaceState(null, '', '/activities/'));
afterEach(cleanup);

describe('CompareTable', () => {
	it('renders a semantic table on the server: caption, column and row headers with scope, every cell, the controls disabled', () => {
		const html = renderToString(<CompareTable table={table} />);
		expect(html).toContain('<caption>Three activities compared</caption>');
		expect(html.match(/<th scope="col"/g)).toHaveLength(4);
		expect(html.match(/<th scope="row"/g)).toHaveLength(3);
		expect(html).toContain('<li>Roadmaps</li>');
		// The controls take their place at once (waking the table then moves nothing) but cannot be used before it wakes.
		const controls = [...html.matchAll(/<(input|button)\b[^>]*>/g)].map((match) => match[0]);
		expect(controls.length).toBeGreaterThan(0);
		expect(controls.filter((control) => !/\bdisabled\b/.test(control))).toEqual([]);
		expect(html).toContain('data-interactive="false"');
	});

	it('shows only the preselected columns at first', () => {
		render(<CompareTable table={table} selected={['deliver-and-support', 'plan']} />);
		expect(columnHeaders()).toEqual(['Aspect', 'Plan', 'Deliver and support']);
		expect((screen.getByRole('checkbox', { name: 'Engage' }) as HTMLInputElement).checked).toBe(false);
	});

	it('takes the columns from ?compare= and writes a new choice back with replaceState', () => {
		history.replaceState(null, '', '/activities/?compare=engage,deliver-and-support#top');
		const before = history.length;
		render(<CompareTable table={table} />);
		expect(columnHeaders()).toEqual(['Aspect', 'Engage', 'Deliver and support']);
		fireEvent.click(screen.getByRole('checkbox', { name: 'Plan' }));
		expect(columnHeaders()).toEqual(['Aspect', 'Plan', 'Engage', 'Deliver and support']);
		// All three chosen is the default view: the parameter goes away.
		expect(location.search).toBe('');
		fireEvent.click(screen.getByRole('checkbox', { name: 'Engage' }));
		expect(location.search).toBe('?compare=plan,deliver-and-support');
		expect(location.hash).toBe('#top');
		expect(history.length).toBe(before);
		expect(status()).toBe('Comparing Plan, Deliver and support. 2 of 3 rows differ.');
	});

	it('marks, in words, the rows where the chosen columns differ', () => {
		render(<CompareTable table={table} selected={['plan', 'deliver-and-support']} />);
		const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
		expect(row('Talks with users').className).not.toContain('is-different');
		expect(within(row('Talks with users')).getByText('Same')).toBeTruthy();
		expect(row('Purpose').className).toContain('is-different');
		expect(within(row('Purpose')).getByText('Differs')).toBeTruthy();
		fireEvent.click(screen.getByRole('checkbox', { name: /Highlight rows/ }));
		expect(screen.queryByText('Differs')).toBeNull();
	});

	it('filters rows by text and says how many are shown', () => {
		render(<CompareTable table={table} />);
		fireEvent.input(screen.getByRole('searchbox', { name: 'Filter rows' }), { target: { value: 'users' } });
		expect(rowHeaders()).toEqual(['Talks with users']);
		expect(status()).toBe('Showing 1 of 3 rows.');
		fireEvent.input(screen.getByRole('searchbox', { name: 'Filter rows' }), { target: { value: 'zebra' } });
		expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
		expect(status()).toBe('No row matches “zebra”.');
	});

	it('quiz-me mode hides every cell behind a button and counts what the learner knew', () => {
		render(<CompareTable table={table} selected={['engage', 'deliver-and-support']} />);
		fireEvent.click(screen.getByRole('button', { name: 'Quiz me' }));
		expect(screen.getByRole('button', { name: 'Show every cell' }).getAttribute('aria-pressed')).toBe('true');
		expect(screen.getAllByRole('button', { name: /^Reveal / })).toHaveLength(6);
		expect(screen.queryByText('Runs services')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Reveal Purpose for Deliver and support' }));
		expect(screen.getByText('Runs services')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'I knew it: Purpose for Deliver and support' }));
		fireEvent.click(screen.getByRole('button', { name: 'Reveal Purpose for Engage' }));
		fireEvent.click(screen.getByRole('button', { name: 'I did not know it: Purpose for Engage' }));
		expect(status()).toBe('Known: 1. Not known: 1. Still hidden: 4.');
		expect(screen.getByText('Known')).toBeTruthy();
		expect(screen.getByText('Not known')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Show every cell' }));
		expect(screen.queryAllByRole('button', { name: /^Reveal / })).toHaveLength(0);
		expect(screen.getByText('Talks with stakeholders')).toBeTruthy();
	});

	it('renders heat map cells with their level as a word', () => {
		const heat: CompareTableData = {
			...table,
			heatMap: true,
			rows: [{ id: 'incident', label: 'Incident management', cells: { plan: { text: 'None', level: 'none' }, engage: { text: 'High', level: 'high' }, 'deliver-and-support': { text: 'High', level: 'high' } } }],
		};
		render(<CompareTable table={heat} />);
		const cells = screen.getAllByRole('cell');
		expect(cells.map((cell) => cell.textContent)).toEqual(['None', 'High', 'High']);
		expect(cells[1]!.className).toContain('level-high');
		// Quiz mode gives nothing away: hidden cells lose their shading, and rows lose their difference marks.
		expect(screen.getByText('Differs')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Quiz me' }));
		expect(screen.getAllByRole('cell').map((cell) => cell.className)).toEqual(['', '', '']);
		expect(screen.queryByText('Differs')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Reveal Incident management for Engage' }));
		expect(screen.getAllByRole('cell')[1]!.className).toContain('level-high');
	});
});
