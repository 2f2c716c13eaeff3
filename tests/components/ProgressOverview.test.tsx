import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../../src/domain/progress-keys.ts';
import { emptyProgress, type Progress, withAnswer } from '../../src/domain/progress-store.ts';
import { exportDocument } from '../../src/domain/progress-transfer.ts';
import ProgressOverview, { type ProgressSection } from '../../src/islands/ProgressOverview.tsx';

const outcomes: ProgressSection[] = [
	{ id: 'LO6', title: 'LO6: The purpose of 15 ITIL practices', questionIds: ['p1', 'p2'] },
	{ id: 'LO7', title: 'LO7: Seven ITIL practices in detail', questionIds: ['d1', 'd2', 'd3', 'd4'] },
];
const topics: ProgressSection[] = [
	{ id: 'incident-management', title: 'Incident management', href: '/practices/incident-management/', questionIds: ['d1', 'd2', 'p1'] },
	{ id: 'service-desk', title: 'Service desk', questionIds: ['d3', 'd4', 'p2'] },
];
const now = new Date('2026-11-28T10:00:00.000Z');

function save(progress: Progress) {
	localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
}

function answered(entries: [string, boolean][], state = emptyProgress()): Progress {
	return entries.reduce((progress, [id, correct]) => withAnswer(progress, id, [0], correct, new Date('2026-11-27T10:00:00.000Z')), state);
}

const row = (table: 'outcomes' | 'topics', id: string) => document.querySelector(`[data-sections="${table}"] [data-section="${id}"]`) as HTMLElement;

function renderOverview() {
	return render(<ProgressOverview outcomes={outcomes} topics={topics} reviewHref="/review/" />);
}

/** Picks a file in the import control, as a learner would. */
async function importFile(text: string, name = 'progress.json') {
	const input = screen.getByLabelText('Import a progress file') as HTMLInputElement;
	const file = new File([text], name, { type: 'application/json' });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await act(async () => {
		fireEvent.change(input);
		await Promise.resolve();
	});
	await waitFor(() => expect(screen.queryByRole('group', { name: 'What the import would change' }) ?? screen.getByRole('status').textContent).toBeTruthy());
}

beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(now);
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('ProgressOverview', () => {
	it('summarizes each outcome and topic: seen, right at the latest answer, mastery, last activity', () => {
		save(answered([
			['d1', true],
			['d2', true],
			['d3', false],
			['retired', true],
		]));
		renderOverview();
		expect(row('outcomes', 'LO7').textContent).toContain('3 of 4');
		expect(row('outcomes', 'LO7').textContent).toContain('2 of 3 (67%)');
		expect(row('outcomes', 'LO7').textContent).toContain('Familiar');
		expect(row('outcomes', 'LO7').textContent).toContain('27 Nov 2026');
		expect(row('outcomes', 'LO6').textContent).toContain('Not started');
		expect(row('topics', 'incident-management').textContent).toContain('Familiar');
		expect(within(row('topics', 'incident-management')).getByRole('link', { name: 'Incident management' }).getAttribute('href')).toBe('/practices/incident-management/');
		expect(screen.getByText(/You have answered 3 of the 6 questions in the guide/)).toBeTruthy();
		expect(screen.getByText(/1 answered question is no longer in the guide; its progress is kept/)).toBeTruthy();
		expect(screen.getByText('How mastery is judged')).toBeTruthy();
	});

	it('resets one section only after confirmation, and cancelling changes nothing', () => {
		save(answered([
			['d1', true],
			['p1', true],
		]));
		renderOverview();
		fireEvent.click(screen.getByRole('button', { name: 'Reset LO7: Seven ITIL practices in detail' }));
		const confirm = screen.getByRole('group', { name: 'Reset your progress for LO7: Seven ITIL practices in detail?' });
		expect(confirm.textContent).toContain('its 4 questions (1 answered)');
		fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
		expect(screen.getByRole('status').textContent).toBe('Nothing was reset.');
		expect(Object.keys(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers)).toEqual(['d1', 'p1']);

		fireEvent.click(screen.getByRole('button', { name: 'Reset LO7: Seven ITIL practices in detail' }));
		fireEvent.click(within(screen.getByRole('group', { name: /Reset your progress/ })).getByRole('button', { name: 'Reset' }));
		expect(screen.getByRole('status').textContent).toBe('Progress for LO7: Seven ITIL practices in detail has been reset.');
		expect(Object.keys(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers)).toEqual(['p1']);
		expect(row('outcomes', 'LO7').textContent).toContain('Not started');
		expect(row('outcomes', 'LO6').textContent).toContain('1 of 2');
	});

	it('offers no reset for a section with nothing to reset', () => {
		renderOverview();
		expect((screen.getByRole('button', { name: 'Reset LO6: The purpose of 15 ITIL practices' }) as HTMLButtonElement).disabled).toBe(true);
	});

	it('previews an import, then merges it', async () => {
		save(answered([
			['d1', false],
			['p1', true],
		]));
		renderOverview();
		const file = answered([
			['d1', true],
			['d2', true],
		], emptyProgress());
		// The file's answer to d1 is newer than the one here.
		file.answers.d1 = { ...file.answers.d1!, answeredAt: '2026-11-28T09:00:00.000Z' };
		await importFile(exportDocument(file, now));
		const preview = screen.getByRole('group', { name: 'What the import would change' });
		expect(preview.textContent).toContain('The file has progress for 2 questions: 1 new here, 1 changed, 0 the same.');
		fireEvent.click(within(preview).getByRole('button', { name: 'Merge into my progress' }));
		expect(screen.getByRole('status').textContent).toContain('Imported: 1 question added, 1 updated');
		const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers;
		expect(Object.keys(saved).sort()).toEqual(['d1', 'd2', 'p1']);
		expect(saved.d1.correct).toBe(true);
	});

	it('replaces progress with an import, keeping a backup of what it replaced', async () => {
		save(answered([['p1', true]]));
		renderOverview();
		await importFile(exportDocument(answered([['d4', false]]), now));
		fireEvent.click(screen.getByRole('button', { name: 'Replace my progress' }));
		expect(Object.keys(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers)).toEqual(['d4']);
		const backupKey = Object.keys(localStorage).find((key) => key.startsWith(BACKUP_KEY_PREFIX))!;
		expect(Object.keys(JSON.parse(localStorage.getItem(backupKey)!).answers)).toEqual(['p1']);
	});

	it('refuses a file that is not progress, changing nothing', async () => {
		save(answered([['p1', true]]));
		renderOverview();
		await importFile('{"not":"progress"}');
		expect(screen.getByRole('status').textContent).toBe('That file is not a progress file this site can read. Nothing was changed.');
		expect(screen.queryByRole('group', { name: 'What the import would change' })).toBeNull();
		expect(Object.keys(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).answers)).toEqual(['p1']);
	});
});
