import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	type CellQuizState,
	type CompareCell,
	type CompareTableData,
	filterRows,
	nextHiddenCell,
	quizCellKey,
	quizTally,
	rowDiffers,
	searchWithSelection,
	selectionFromSearch,
} from '../domain/compare-table.ts';
import { COMPARE_TABLE_STRINGS as T } from './compare-table-strings.ts';

export interface CompareTableProps {
	table: CompareTableData;
	/** Item ids shown at first (and without JavaScript); all items when absent. */
	selected?: string[];
}

/**
 * A comparison table. The server renders it complete (the chosen columns, every cell); once hydrated the learner can
 * choose columns (kept in the page address), filter rows, see where the chosen columns differ, and quiz themselves.
 */
export default function CompareTable({ table, selected }: CompareTableProps) {
	const itemIds = useMemo(() => table.items.map((item) => item.id), [table]);
	const defaultSelection = useMemo(() => {
		const wanted = selected?.filter((id) => itemIds.includes(id));
		return wanted && wanted.length > 0 ? itemIds.filter((id) => wanted.includes(id)) : itemIds;
	}, [itemIds, selected]);

	const [interactive, setInteractive] = useState(false);
	const [chosen, setChosen] = useState<string[]>(defaultSelection);
	const [query, setQuery] = useState('');
	const [highlight, setHighlight] = useState(true);
	const [quiz, setQuiz] = useState(false);
	const [cells, setCells] = useState<Record<string, CellQuizState>>({});
	const [message, setMessage] = useState('');
	const root = useRef<HTMLDivElement | null>(null);
	const firstOnPage = useRef(true);

	useEffect(() => {
		const tables = document.querySelectorAll('[data-compare-id]');
		firstOnPage.current = tables[0] === root.current || tables.length === 0;
		const fromUrl = selectionFromSearch(location.search, table.id, itemIds, firstOnPage.current);
		if (fromUrl) setChosen(fromUrl);
		setInteractive(true);
	}, [table.id, itemIds]);

	const labelOf = (id: string) => table.items.find((item) => item.id === id)?.label ?? id;
	const shownItems = table.items.filter((item) => chosen.includes(item.id));
	const shownIds = shownItems.map((item) => item.id);
	const rows = interactive ? filterRows(table.rows, query, shownIds) : table.rows;
	const inQuiz = interactive && quiz;
	// In quiz mode nothing may give an answer away: no difference marks, no heat map shading on hidden cells.
	const showDiff = highlight && !inQuiz && shownIds.length >= 2;

	function choose(id: string, on: boolean) {
		const next = itemIds.filter((candidate) => (candidate === id ? on : chosen.includes(candidate)));
		setChosen(next);
		const search = searchWithSelection(location.search, table.id, itemIds, next, defaultSelection, firstOnPage.current);
		history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
		const differing = table.rows.filter((row) => rowDiffers(row, next)).length;
		setMessage(
			next.length === 0
				? T.noneChosen
				: `${T.comparing(next.map(labelOf))}${next.length >= 2 ? ` ${T.differingRows(differing, table.rows.length)}` : ''}`,
		);
	}

	function filter(value: string) {
		setQuery(value);
		const matching = filterRows(table.rows, value, shownIds).length;
		setMessage(matching === 0 ? T.noRowsMatch(value.trim()) : T.rowsShown(matching, table.rows.length));
	}

	function toggleQuiz() {
		const next = !quiz;
		setQuiz(next);
		setCells({});
		setMessage(next ? T.quizTally(0, 0, rows.length * shownIds.length) : '');
	}

	function focusCell(key: string | undefined, selector: string) {
		requestAnimationFrame(() => {
			const target = key ? root.current?.querySelector<HTMLElement>(`[data-quiz-cell="${CSS.escape(key)}"] ${selector}`) : null;
			target?.focus();
		});
	}

	function setCell(key: string, state: CellQuizState) {
		const next = { ...cells, [key]: state };
		setCells(next);
		const tally = quizTally(rows, shownIds, next);
		setMessage(T.quizTally(tally.known, tally.unknown, tally.hidden));
		if (state === 'revealed') focusCell(key, '.ct-knew');
		else focusCell(nextHiddenCell(rows, shownIds, next, key), '.ct-reveal');
	}

	return (
		<div class={`compare-table${table.heatMap ? ' is-heat-map' : ''}`} data-compare-id={table.id} data-interactive={interactive ? 'true' : 'false'} ref={root}>
			{/* Rendered on the server too (disabled until hydrated) so that waking the table moves nothing on the page;
			    without JavaScript the controls are hidden by CSS (scripting: none). */}
			<div class="ct-controls not-content">
				<fieldset class="ct-choose">
					<legend>{T.chooseLegend}</legend>
					<p class="ct-hint">{T.chooseHint}</p>
					<div class="ct-choices">
						{table.items.map((item) => (
							<label key={item.id}>
								<input type="checkbox" name={`compare-${table.id}`} value={item.id} checked={chosen.includes(item.id)} disabled={!interactive} onChange={(event) => choose(item.id, event.currentTarget.checked)} />{' '}
								{item.label}
							</label>
						))}
					</div>
				</fieldset>
				<div class="ct-tools">
					<label class="ct-filter">
						{T.filterLabel}{' '}
						<input type="search" value={query} placeholder={T.filterPlaceholder} disabled={!interactive} onInput={(event) => filter(event.currentTarget.value)} />
					</label>
					<label class="ct-highlight">
						<input type="checkbox" checked={highlight} disabled={!interactive} onChange={(event) => setHighlight(event.currentTarget.checked)} /> {T.highlightLabel}
					</label>
					<button type="button" class="ct-quiz-toggle" aria-pressed={quiz ? 'true' : 'false'} disabled={!interactive} onClick={toggleQuiz}>
						{quiz ? T.quizStop : T.quizStart}
					</button>
				</div>
				{quiz && <p class="ct-hint">{T.quizHint}</p>}
			</div>
			<section class="table-scroll" tabIndex={0} aria-label={T.scrollLabel(table.caption)}>
				<table class="data-table ct-table" id={`compare-${table.id}`}>
					<caption>{table.caption}</caption>
					<thead>
						<tr>
							<th scope="col">{table.rowHeading}</th>
							{shownItems.map((item) => (
								<th scope="col" key={item.id} data-item={item.id}>
									{item.href ? <a href={item.href}>{item.label}</a> : item.label}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => {
							const differs = showDiff && rowDiffers(row, shownIds);
							return (
								<tr key={row.id} data-row={row.id} class={differs ? 'is-different' : undefined}>
									<th scope="row">
										{row.href ? <a href={row.href}>{row.label}</a> : row.label}
										{showDiff && <span class={`ct-diff-tag${differs ? ' is-different' : ''}`}>{differs ? T.differs : T.same}</span>}
									</th>
									{shownItems.map((item) => {
										const cell = row.cells[item.id];
										const key = quizCellKey(row.id, item.id);
										const state = cells[key] ?? 'hidden';
										return (
											<td key={item.id} data-item={item.id} data-quiz-cell={inQuiz ? key : undefined} class={cell?.level && !(inQuiz && state === 'hidden') ? `ct-level level-${cell.level}` : undefined}>
												{inQuiz && state === 'hidden' ? (
													<button type="button" class="ct-reveal" aria-label={T.revealLabel(row.label, item.label)} onClick={() => setCell(key, 'revealed')}>
														{T.reveal}
													</button>
												) : (
													<>
														<CellContent cell={cell} />
														{inQuiz && state === 'revealed' && (
															<span class="ct-mark-buttons">
																<button type="button" class="ct-knew" aria-label={T.knewItLabel(row.label, item.label)} onClick={() => setCell(key, 'known')}>
																	{T.knewIt}
																</button>
																<button type="button" class="ct-did-not" aria-label={T.didNotKnowLabel(row.label, item.label)} onClick={() => setCell(key, 'unknown')}>
																	{T.didNotKnow}
																</button>
															</span>
														)}
														{inQuiz && (state === 'known' || state === 'unknown') && (
															<span class={`ct-mark is-${state}`}>{state === 'known' ? T.markedKnown : T.markedUnknown}</span>
														)}
													</>
												)}
											</td>
										);
									})}
								</tr>
							);
						})}
					</tbody>
				</table>
			</section>
			{interactive && (
				<p class="ct-status" role="status">
					{message}
				</p>
			)}
		</div>
	);
}

function CellContent({ cell }: { cell: CompareCell | undefined }) {
	if (!cell) return null;
	if (cell.list) {
		return (
			<ul>
				{cell.list.map((entry, index) => (
					<li key={index}>{entry}</li>
				))}
			</ul>
		);
	}
	return <span class="ct-text">{cell.text}</span>;
}
