import type { Activity, ActivityId, Practice, RecordType } from './reference-data.ts';
import { ACTIVITY_IDS, CONTRIBUTION_LEVELS } from './value-chain-ids.ts';

/**
 * A comparison table: the things being compared (items) are the columns, the aspects compared are the rows.
 * Everything here is plain data, so the server can render it and hand the same object to the island.
 */
export type ContributionLevel = (typeof CONTRIBUTION_LEVELS)[number];

export interface CompareItem {
	id: string;
	label: string;
	href?: string;
}

export interface CompareCell {
	/** The cell as one line of text (used for comparing, filtering and as the cell's text). */
	text: string;
	/** When present, the cell is shown as a bulleted list of these. */
	list?: string[];
	/** Heat map cells: the level, always shown with its word. */
	level?: ContributionLevel;
}

export interface CompareRow {
	id: string;
	label: string;
	href?: string;
	/** One cell per item id. */
	cells: Record<string, CompareCell>;
}

export interface CompareTableData {
	/** Stable id: names the table in URLs (see compareParamName) and in the page (data-compare-id). */
	id: string;
	caption: string;
	/** The text of the top-left header cell, naming what the rows are. */
	rowHeading: string;
	items: CompareItem[];
	rows: CompareRow[];
	/** Render cells as a heat map (levels with words and shading). */
	heatMap?: boolean;
}

/** The URL query parameter a table reads and writes. */
export const COMPARE_PARAM = 'compare';

/**
 * The first CompareTable on a page answers to `?compare=`; any table also answers to `?compare-<table id>=`,
 * and tables after the first write that namespaced form. Pages with one table (all of them today) keep short links.
 */
export function compareParamName(tableId: string, firstOnPage: boolean): string {
	return firstOnPage ? COMPARE_PARAM : `${COMPARE_PARAM}-${tableId}`;
}

/** The item ids named in a parameter value, in the table's order, unknown ids dropped; null when none is usable. */
export function parseSelection(value: string | null | undefined, itemIds: readonly string[]): string[] | null {
	if (value == null) return null;
	const wanted = new Set(
		value
			.split(',')
			.map((part) => part.trim().toLowerCase())
			.filter(Boolean),
	);
	const chosen = itemIds.filter((id) => wanted.has(id));
	return chosen.length > 0 ? chosen : null;
}

/** The selection a page address asks for: the namespaced parameter wins, then `compare` for the page's first table. */
export function selectionFromSearch(search: string, tableId: string, itemIds: readonly string[], firstOnPage: boolean): string[] | null {
	const params = new URLSearchParams(search);
	const namespaced = parseSelection(params.get(`${COMPARE_PARAM}-${tableId}`), itemIds);
	if (namespaced) return namespaced;
	return firstOnPage ? parseSelection(params.get(COMPARE_PARAM), itemIds) : null;
}

/**
 * The query string after choosing `selection`. The default view has no parameter, so the plain page URL stays the
 * plain page; other parameters and their order are kept.
 */
export function searchWithSelection(
	search: string,
	tableId: string,
	itemIds: readonly string[],
	selection: readonly string[],
	defaultSelection: readonly string[],
	firstOnPage: boolean,
): string {
	const params = new URLSearchParams(search);
	const name = compareParamName(tableId, firstOnPage);
	const ordered = itemIds.filter((id) => selection.includes(id));
	const isDefault = ordered.length === defaultSelection.length && ordered.every((id) => defaultSelection.includes(id));
	// One parameter per table: a namespaced one that a first table was loaded with is replaced by the plain one.
	params.delete(`${COMPARE_PARAM}-${tableId}`);
	if (isDefault || ordered.length === 0) params.delete(name);
	else params.set(name, ordered.join(','));
	const text = params.toString().replace(/%2C/gi, ',');
	return text ? `?${text}` : '';
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** What two cells are compared by: the level for heat map cells, otherwise the normalized text. */
export function cellValue(cell: CompareCell | undefined): string {
	if (!cell) return '';
	return cell.level ?? normalize(cell.list ? cell.list.join('; ') : cell.text);
}

/** True when the chosen items do not all have the same value in this row (needs at least two items). */
export function rowDiffers(row: CompareRow, chosen: readonly string[]): boolean {
	if (chosen.length < 2) return false;
	const values = new Set(chosen.map((id) => cellValue(row.cells[id])));
	return values.size > 1;
}

/**
 * The rows that match a filter: every word of the query must appear in the row's heading or in the cells of the
 * chosen items. An empty query keeps every row.
 */
export function filterRows(rows: readonly CompareRow[], query: string, chosen: readonly string[]): CompareRow[] {
	const words = normalize(query).split(' ').filter(Boolean);
	if (words.length === 0) return [...rows];
	return rows.filter((row) => {
		const haystack = normalize([row.label, ...chosen.map((id) => row.cells[id]?.text ?? '')].join(' '));
		return words.every((word) => haystack.includes(word));
	});
}

/** Quiz-me mode: each body cell is hidden, then revealed, then marked as known or not known. */
export type CellQuizState = 'hidden' | 'revealed' | 'known' | 'unknown';

export const quizCellKey = (rowId: string, itemId: string) => `${rowId}|${itemId}`;

export function quizTally(rows: readonly CompareRow[], chosen: readonly string[], states: Readonly<Record<string, CellQuizState>>) {
	const tally = { known: 0, unknown: 0, revealed: 0, hidden: 0, total: 0 };
	for (const row of rows) {
		for (const item of chosen) {
			tally.total++;
			tally[states[quizCellKey(row.id, item)] ?? 'hidden']++;
		}
	}
	return tally;
}

/** The cells in reading order (row by row, then item by item): to move focus to the next cell still hidden. */
export function nextHiddenCell(
	rows: readonly CompareRow[],
	chosen: readonly string[],
	states: Readonly<Record<string, CellQuizState>>,
	after?: string,
): string | undefined {
	const keys = rows.flatMap((row) => chosen.map((item) => quizCellKey(row.id, item)));
	const start = after ? keys.indexOf(after) + 1 : 0;
	const ordered = [...keys.slice(start), ...keys.slice(0, start)];
	return ordered.find((key) => (states[key] ?? 'hidden') === 'hidden');
}

// ---- Builders: the site's comparison tables, from content/data. ----

const byActivityOrder = <T extends { id: string }>(list: readonly T[]) =>
	[...list].sort((a, b) => ACTIVITY_IDS.indexOf(a.id as ActivityId) - ACTIVITY_IDS.indexOf(b.id as ActivityId));

/** The six activities side by side: purpose, key words of the official purpose, typical work. */
export function activitiesComparison(activities: readonly Activity[], options: { id?: string; caption?: string; href?: (path: string) => string } = {}): CompareTableData {
	const href = options.href ?? ((path: string) => path);
	const ordered = byActivityOrder(activities);
	const cellsOf = (pick: (activity: Activity) => CompareCell) => Object.fromEntries(ordered.map((activity) => [activity.id, pick(activity)]));
	return {
		id: options.id ?? 'activities',
		caption: options.caption ?? 'The six value chain activities side by side',
		rowHeading: 'Aspect',
		items: ordered.map((activity) => ({ id: activity.id, label: activity.name, href: href(activity.page) })),
		rows: [
			{ id: 'purpose', label: 'Purpose', cells: cellsOf((activity) => ({ text: activity.purpose })) },
			{
				id: 'key-words',
				label: 'Key words of the official purpose',
				cells: cellsOf((activity) => ({ text: activity.keyPhrases.map((phrase) => `“${phrase}”`).join('; ') })),
			},
			{ id: 'typical-work', label: 'Typical work', cells: cellsOf((activity) => ({ text: activity.typicalWork.join('; '), list: activity.typicalWork })) },
		],
	};
}

/** Incident, problem, service request, change and event: what each is, what starts one, what handling it aims for. */
const RECORD_ORDER = ['incident', 'problem', 'service-request', 'change', 'event'];

export function recordTypesComparison(unordered: readonly RecordType[], practiceNames: ReadonlyMap<string, string>): CompareTableData {
	// The order learners meet them in; a new record type goes at the end.
	const rank = (id: string) => (RECORD_ORDER.includes(id) ? RECORD_ORDER.indexOf(id) : RECORD_ORDER.length);
	const records = [...unordered].sort((a, b) => rank(a.id) - rank(b.id));
	const aspects = [
		['definition', 'Definition'],
		['trigger', 'What starts one'],
		['goal', 'What handling it aims for'],
		['example', 'Example'],
	] as const;
	return {
		id: 'record-types',
		caption: 'Incident, problem, service request, change and event compared',
		rowHeading: 'Aspect',
		items: records.map((record) => ({ id: record.id, label: record.name })),
		rows: [
			...aspects.map(([key, label]) => ({
				id: key,
				label,
				cells: Object.fromEntries(records.map((record) => [record.id, { text: record[key] }])),
			})),
			{
				id: 'practice',
				label: 'Practice that handles it',
				cells: Object.fromEntries(records.map((record) => [record.id, { text: practiceNames.get(record.practice) ?? record.practice }])),
			},
		],
	};
}

export const LEVEL_WORDS: Record<ContributionLevel, string> = { high: 'High', medium: 'Medium', low: 'Low', none: 'None' };

/** How much each practice contributes to each activity: activities are the items, practices the rows. */
export function practiceContributionsComparison(
	activities: readonly Activity[],
	practices: readonly Practice[],
	options: { href?: (path: string) => string } = {},
): CompareTableData {
	const href = options.href ?? ((path: string) => path);
	const ordered = byActivityOrder(activities);
	return {
		id: 'practice-contributions',
		caption: 'How much each practice contributes to each value chain activity',
		rowHeading: 'Practice',
		heatMap: true,
		items: ordered.map((activity) => ({ id: activity.id, label: activity.name, href: href(activity.page) })),
		rows: [...practices]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((practice) => ({
				id: practice.id,
				label: practice.name,
				...(practice.page ? { href: href(practice.page) } : {}),
				cells: Object.fromEntries(
					ordered.map((activity) => {
						const level = practice.contribution[activity.id];
						return [activity.id, { text: LEVEL_WORDS[level], level }];
					}),
				),
			})),
	};
}
