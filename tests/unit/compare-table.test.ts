import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	activitiesComparison,
	cellValue,
	type CompareRow,
	compareParamName,
	filterRows,
	nextHiddenCell,
	parseSelection,
	practiceContributionsComparison,
	quizCellKey,
	quizTally,
	recordTypesComparison,
	rowDiffers,
	searchWithSelection,
	selectionFromSearch,
} from '../../src/domain/compare-table.ts';
import type { Activity, Practice, RecordType } from '../../src/domain/reference-data.ts';

const activities = parse(readFileSync('content/data/activities.yaml', 'utf8')) as Activity[];
const practices = parse(readFileSync('content/data/practices.yaml', 'utf8')) as Practice[];
const records = parse(readFileSync('content/data/record-types.yaml', 'utf8')) as RecordType[];
const ids = ['plan', 'improve', 'engage', 'design-and-transition', 'obtain-build', 'deliver-and-support'];

describe('the compare parameter', () => {
	it('keeps known ids in table order and drops unknown ones', () => {
		expect(parseSelection('deliver-and-support, engage,nonsense', ids)).toEqual(['engage', 'deliver-and-support']);
		expect(parseSelection('ENGAGE', ids)).toEqual(['engage']);
	});

	it('gives null when nothing usable is named, so the default view is shown', () => {
		expect(parseSelection(null, ids)).toBeNull();
		expect(parseSelection('', ids)).toBeNull();
		expect(parseSelection('nothing,here', ids)).toBeNull();
	});

	it('answers to ?compare= on the first table of a page and to ?compare-<id>= on any table', () => {
		expect(compareParamName('activities', true)).toBe('compare');
		expect(compareParamName('record-types', false)).toBe('compare-record-types');
		expect(selectionFromSearch('?compare=engage,deliver-and-support', 'activities', ids, true)).toEqual(['engage', 'deliver-and-support']);
		expect(selectionFromSearch('?compare=engage,deliver-and-support', 'other', ids, false)).toBeNull();
		expect(selectionFromSearch('?compare=plan&compare-other=improve', 'other', ids, false)).toEqual(['improve']);
		expect(selectionFromSearch('?compare=plan&compare-activities=improve', 'activities', ids, true)).toEqual(['improve']);
	});

	it('writes the choice in table order, keeps other parameters, and drops the parameter for the default view', () => {
		expect(searchWithSelection('?lang=en', 'activities', ids, ['deliver-and-support', 'engage'], ids, true)).toBe('?lang=en&compare=engage,deliver-and-support');
		expect(searchWithSelection('?compare=plan', 'activities', ids, ids, ids, true)).toBe('');
		expect(searchWithSelection('', 'second', ids, ['plan'], ids, false)).toBe('?compare-second=plan');
		expect(searchWithSelection('?compare-activities=plan', 'activities', ids, ['plan', 'improve'], ids, true)).toBe('?compare=plan,improve');
		const preselected = ['plan', 'engage', 'deliver-and-support'];
		expect(searchWithSelection('?compare=plan', 'activities', ids, ['deliver-and-support', 'plan', 'engage'], preselected, true)).toBe('');
	});
});

const row = (cells: Record<string, string>, label = 'Row'): CompareRow => ({
	id: label.toLowerCase(),
	label,
	cells: Object.fromEntries(Object.entries(cells).map(([id, text]) => [id, { text }])),
});

describe('differences and filtering', () => {
	it('finds the rows where the chosen items differ, ignoring case and spacing', () => {
		const same = row({ a: 'Engage ', b: 'engage', c: 'Plan' });
		expect(rowDiffers(same, ['a', 'b'])).toBe(false);
		expect(rowDiffers(same, ['a', 'c'])).toBe(true);
		expect(rowDiffers(same, ['a'])).toBe(false);
	});

	it('compares heat map cells by their level', () => {
		expect(cellValue({ text: 'High', level: 'high' })).toBe('high');
		const heat = practiceContributionsComparison(activities, practices);
		const incident = heat.rows.find((candidate) => candidate.id === 'incident-management')!;
		const deployment = heat.rows.find((candidate) => candidate.id === 'deployment-management')!;
		expect(rowDiffers(deployment, ['deliver-and-support', 'design-and-transition'])).toBe(true);
		expect(incident.cells['deliver-and-support']).toEqual({ text: 'High', level: 'high' });
	});

	it('filters rows by every word of the query, in the heading or the chosen cells only', () => {
		const rows = [row({ a: 'restores service fast', b: 'finds causes' }, 'Incident'), row({ a: 'pre-defined', b: 'request' }, 'Service request')];
		expect(filterRows(rows, '', ['a']).map((r) => r.label)).toEqual(['Incident', 'Service request']);
		expect(filterRows(rows, 'SERVICE', ['a']).map((r) => r.label)).toEqual(['Incident', 'Service request']);
		expect(filterRows(rows, 'service fast', ['a']).map((r) => r.label)).toEqual(['Incident']);
		expect(filterRows(rows, 'causes', ['a'])).toEqual([]);
		expect(filterRows(rows, 'causes', ['a', 'b']).map((r) => r.label)).toEqual(['Incident']);
	});
});

describe('quiz-me mode', () => {
	const rows = [row({ a: '1', b: '2' }, 'One'), row({ a: '3', b: '4' }, 'Two')];

	it('counts known, not known and hidden cells of the chosen items', () => {
		const states = { [quizCellKey('one', 'a')]: 'known', [quizCellKey('one', 'b')]: 'unknown', [quizCellKey('two', 'a')]: 'revealed' } as const;
		expect(quizTally(rows, ['a', 'b'], states)).toEqual({ known: 1, unknown: 1, revealed: 1, hidden: 1, total: 4 });
		expect(quizTally(rows, ['a'], states)).toEqual({ known: 1, unknown: 0, revealed: 1, hidden: 0, total: 2 });
	});

	it('moves on to the next hidden cell in reading order, wrapping round', () => {
		expect(nextHiddenCell(rows, ['a', 'b'], {})).toBe('one|a');
		expect(nextHiddenCell(rows, ['a', 'b'], { 'one|a': 'known' }, 'one|a')).toBe('one|b');
		expect(nextHiddenCell(rows, ['a', 'b'], { 'two|b': 'known' }, 'two|b')).toBe('one|a');
		expect(nextHiddenCell(rows, ['a'], { 'one|a': 'known', 'two|a': 'unknown' }, 'two|a')).toBeUndefined();
	});
});

describe("the site's comparison tables, built from content/data", () => {
	it('puts the six activities side by side in value chain order, with purpose, key words and typical work', () => {
		const table = activitiesComparison(activities, { href: (path) => `/base${path}` });
		expect(table.items.map((item) => item.id)).toEqual(ids);
		expect(table.items[5]).toEqual({ id: 'deliver-and-support', label: 'Deliver and support', href: '/base/deliver-and-support/' });
		expect(table.rows.map((r) => r.label)).toEqual(['Purpose', 'Key words of the official purpose', 'Typical work']);
		expect(table.rows[1]!.cells['deliver-and-support']!.text).toBe("“agreed specifications and stakeholders' expectations”");
		expect(table.rows[2]!.cells.plan!.list).toEqual(activities.find((a) => a.id === 'plan')!.typicalWork);
	});

	it('compares the five record types, naming the practice that handles each', () => {
		const names = new Map(practices.map((p) => [p.id, p.name]));
		const table = recordTypesComparison(records, names);
		expect(table.items.map((item) => item.label)).toEqual(['Incident', 'Problem', 'Service request', 'Change', 'Event']);
		expect(table.rows.find((r) => r.id === 'practice')!.cells.event!.text).toBe('Monitoring and event management');
	});

	it('shows every practice against every activity as a heat map with a word in each cell', () => {
		const table = practiceContributionsComparison(activities, practices);
		expect(table.heatMap).toBe(true);
		expect(table.rows).toHaveLength(practices.length);
		for (const r of table.rows) for (const id of ids) expect(['High', 'Medium', 'Low', 'None']).toContain(r.cells[id]!.text);
		expect(table.rows.find((r) => r.id === 'deployment-management')!.cells['deliver-and-support']!.level).toBe('none');
	});
});
