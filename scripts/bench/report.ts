import { BUDGETS, LIGHTHOUSE_RUNS, PLAIN_PAGE, QUIZ_PAGE } from './config.ts';
import type { Category, LighthouseFigures } from './lighthouse.ts';
import type { PageFigures } from './measure-pages.ts';
import type { SearchFigures } from './search-queries.ts';
import type { BuildResult } from './sites.ts';

export interface PageResult {
	name: string;
	figures: PageFigures;
	lighthouse?: LighthouseFigures;
}

export interface ScaleResult {
	factor: number;
	build: BuildResult;
}

export interface BenchResults {
	date: string;
	commit: string;
	node: string;
	cpus: number;
	/** One-minute load average when the bench started and ended: above the core count, other work competed for the CPU. */
	load: { start: number; end: number };
	build: BuildResult;
	baseline: { build: BuildResult; page: PageResult };
	pages: PageResult[];
	search: SearchFigures;
	scaling: ScaleResult[];
	budgets: BudgetResult[];
	skipped: string[];
}

export interface BudgetResult {
	budget: string;
	limit: string;
	measured: string;
	pass: boolean | null;
	note?: string;
}

/** The figures of one page that the report and budgets use, in gzip bytes. */
export function pageSummary(page: PageFigures) {
	const { load, scroll, answer, search } = page.phases;
	const jsLoad = load?.js ?? 0;
	const jsScroll = scroll?.js ?? 0;
	return {
		html: load?.html ?? 0,
		css: (load?.css ?? 0) + (scroll?.css ?? 0),
		jsLoad,
		jsAfterScroll: jsLoad + jsScroll,
		jsAnswer: answer ? answer.js : null,
		jsSearch: search?.js ?? 0,
		searchData: search?.searchData ?? 0,
		jsAll: jsLoad + jsScroll + (answer?.js ?? 0) + (search?.js ?? 0),
	};
}

export function evaluateBudgets(pages: readonly PageResult[]): BudgetResult[] {
	const results: BudgetResult[] = [];
	const plain = pages.find((page) => page.name === PLAIN_PAGE);
	if (plain) {
		const s = pageSummary(plain.figures);
		results.push({
			budget: `${PLAIN_PAGE}: JavaScript fetched without any interaction`,
			limit: kb(BUDGETS.plainPageJs),
			measured: kb(s.jsLoad),
			pass: s.jsLoad <= BUDGETS.plainPageJs,
			note: 'loaded on a phone-sized screen and left alone; the quiz at the foot of the page stays out of view',
		});
		const all = s.jsAfterScroll + (s.jsAnswer ?? 0);
		results.push({
			budget: `${PLAIN_PAGE}: JavaScript in all once the reader scrolls to the end`,
			limit: kb(BUDGETS.quizPageJs),
			measured: kb(all),
			pass: all <= BUDGETS.quizPageJs,
			note: 'scrolling brings the self-check quiz at the foot of the page into view and wakes it: from then on the page is a quiz page, and the quiz page budget applies',
		});
	}
	const quiz = pages.find((page) => page.name === QUIZ_PAGE);
	if (quiz) {
		const s = pageSummary(quiz.figures);
		const all = s.jsAfterScroll + (s.jsAnswer ?? 0);
		results.push({
			budget: `${QUIZ_PAGE}: JavaScript in all (load, scroll the quiz into view, answer a question)`,
			limit: kb(BUDGETS.quizPageJs),
			measured: kb(all),
			pass: all <= BUDGETS.quizPageJs,
			note: `opening search would add ${kb(s.jsSearch)} of JavaScript on top, on any page`,
		});
	}
	for (const [category, minimum] of Object.entries(BUDGETS.lighthouse) as [Category, number][]) {
		const scored = pages.filter((page) => page.lighthouse?.scores[category] != null);
		if (scored.length < pages.length || scored.length === 0) {
			results.push({ budget: `Lighthouse ${category}, every page type`, limit: minimum === 100 ? '100' : `≥ ${minimum}`, measured: 'not run', pass: null });
			continue;
		}
		const below = scored.filter((page) => page.lighthouse!.scores[category]! < minimum);
		const lowest = Math.min(...scored.map((page) => page.lighthouse!.scores[category]!));
		results.push({
			budget: `Lighthouse ${category}, every page type`,
			limit: minimum === 100 ? '100' : `≥ ${minimum}`,
			measured: `lowest ${lowest} (${scored.map((page) => page.lighthouse!.scores[category]).join(', ')})`,
			pass: below.length === 0,
			note: below.map((page) => `${page.name}: ${page.lighthouse!.failing[category].join(', ') || 'no single audit below full marks'}`).join('; ') || undefined,
		});
	}
	return results;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(2)}×` : '–');
const row = (cells: (string | number)[]) => `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
const passMark = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? '**pass**' : '**FAIL**');

export function renderMarkdown(r: BenchResults): string {
	const out: string[] = [];
	out.push('# Benchmark report', '');
	out.push(`${r.date} · commit ${r.commit} · Node ${r.node} · ${r.cpus} CPU cores · sizes are gzip bytes (KB = 1024 bytes)`, '');
	if (r.skipped.length) out.push(`Skipped in this run: ${r.skipped.join(', ')}.`, '');
	const busiest = Math.max(r.load.start, r.load.end);
	if (busiest > r.cpus) {
		out.push(
			`> Load average ${r.load.start.toFixed(1)} at the start and ${r.load.end.toFixed(1)} at the end on ${r.cpus} cores: other work competed for the CPU, so times are longer and Lighthouse performance lower than on a quiet machine. Byte counts are not affected.`,
			'',
		);
	}

	out.push('## Budgets', '');
	out.push(row(['budget', 'limit', 'measured', 'result', 'note']), row(['---', '---', '---', '---', '---']));
	for (const b of r.budgets) out.push(row([b.budget, b.limit, b.measured, passMark(b.pass), b.note ?? '']));
	out.push('');

	out.push('## Page weight', '');
	out.push(
		'Each page on a 412×823 phone screen in headless Chromium, fresh cache. *Load*: loaded and left alone until the network is idle. ' +
			'*After scroll*: load plus scrolling to the end, so `client:visible` islands hydrate. *Answer*: extra JavaScript on answering the first question. ' +
			'*Search*: extra JavaScript on opening the search dialog and typing a query (the bare page has loaded its search UI already), and the index data it fetched. ' +
			'*In all*: every phase added up.',
		'',
	);
	out.push(
		row(['page', 'path', 'HTML', 'CSS', 'JS load', 'JS after scroll', 'JS answer', 'JS search', 'JS in all', 'search data']),
		row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
	);
	const base = pageSummary(r.baseline.page.figures);
	for (const page of [...r.pages, r.baseline.page]) {
		const s = pageSummary(page.figures);
		out.push(row([page.name, `\`${page.figures.path}\``, kb(s.html), kb(s.css), kb(s.jsLoad), kb(s.jsAfterScroll), s.jsAnswer === null ? '–' : kb(s.jsAnswer), kb(s.jsSearch), kb(s.jsAll), kb(s.searchData)]));
	}
	out.push('');
	out.push('Ratio to the bare Starlight page:', '');
	out.push(row(['page', 'HTML', 'CSS', 'JS load', 'JS after scroll', 'JS in all']), row(['---', '---:', '---:', '---:', '---:', '---:']));
	for (const page of r.pages) {
		const s = pageSummary(page.figures);
		out.push(row([page.name, ratio(s.html, base.html), ratio(s.css, base.css), ratio(s.jsLoad, base.jsLoad), ratio(s.jsAfterScroll, base.jsAfterScroll), ratio(s.jsAll, base.jsAll)]));
	}
	out.push('');
	const plain = r.pages.find((page) => page.name === PLAIN_PAGE) ?? r.pages[0];
	if (plain) {
		out.push(`JavaScript files of the ${plain.name}:`, '');
		for (const phase of ['load', 'scroll', 'answer', 'search'] as const) {
			const files = plain.figures.phases[phase]?.jsFiles ?? [];
			if (files.length) out.push(`- ${phase}: ${files.map((file) => `\`${file.path.split('/').pop()}\` ${kb(file.bytes)}`).join(', ')}`);
		}
		const baseFiles = r.baseline.page.figures.phases.load?.jsFiles ?? [];
		out.push(`- bare Starlight, load: ${baseFiles.map((file) => `\`${file.path.split('/').pop()}\` ${kb(file.bytes)}`).join(', ')}`, '');
	}

	out.push('## Build', '');
	out.push(row(['site', 'pages (index.html)', 'build', 'per page', 'of which Pagefind']), row(['---', '---:', '---:', '---:', '---:']));
	for (const [name, b] of [
		['this guide', r.build],
		['bare Starlight', r.baseline.build],
	] as const) {
		out.push(row([name, b.pages, seconds(b.ms), `${(b.ms / b.pages).toFixed(1)} ms`, b.pagefindMs === undefined ? '–' : seconds(b.pagefindMs)]));
	}
	out.push('', 'Build time is wall clock for `astro build` (content validation, rendering, Pagefind, sitemap), including Node start-up.', '');

	out.push('## Search', '');
	out.push(
		`Pagefind output: ${kb(r.build.pagefindBytes)} on disk, of which ${kb(r.build.pagefindIndexBytes)} index, fragments, metadata and WebAssembly (the rest is the UI scripts and styles). ` +
			`Loading and initialising \`pagefind.js\`: ${kb(r.search.init.bytes)} in ${r.search.init.ms.toFixed(0)} ms.`,
		'',
	);
	out.push(
		`${r.search.queries.length} queries run one after another in one page through Pagefind's JavaScript API (search, then the data of the top five results); bytes are what each query fetched that earlier ones had not.`,
		'',
	);
	out.push(row(['query', 'results', 'time', 'fetched']), row(['---', '---:', '---:', '---:']));
	for (const q of r.search.queries) out.push(row([q.query, q.results, `${q.ms.toFixed(0)} ms`, kb(q.bytes)]));
	const totalBytes = r.search.queries.reduce((sum, q) => sum + q.bytes, 0);
	const times = r.search.queries.map((q) => q.ms).sort((a, b) => a - b);
	out.push(row(['**all**', '', `median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms`, kb(totalBytes)]), '');
	const dialog = r.pages.map((page) => page.figures.searchMs).filter((ms): ms is number => ms !== null);
	if (dialog.length) out.push(`Through the real dialog (click the button, type a query, first result shown): ${dialog.map((ms) => `${ms.toFixed(0)} ms`).join(', ')} on the page types above.`, '');

	out.push('## Lighthouse (mobile)', '');
	out.push(
		row(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'lost points on']),
		row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
	);
	for (const page of [...r.pages, r.baseline.page]) {
		const l = page.lighthouse;
		if (!l) {
			out.push(row([page.name, 'not run', '', '', '', '', '', '', '', '']));
			continue;
		}
		const lost = Object.entries(l.failing)
			.filter(([category, audits]) => category !== 'performance' && audits.length)
			.map(([category, audits]) => `${category}: ${audits.join(', ')}`)
			.join('; ');
		out.push(
			row([
				page.name,
				l.performanceRuns && l.performanceRuns.length > 1 ? `${l.scores.performance ?? '–'} (runs: ${l.performanceRuns.join(', ')})` : (l.scores.performance ?? '–'),
				l.scores.accessibility ?? '–',
				l.scores['best-practices'] ?? '–',
				l.scores.seo ?? '–',
				`${(l.metrics.fcp / 1000).toFixed(1)} s`,
				`${(l.metrics.lcp / 1000).toFixed(1)} s`,
				`${l.metrics.tbt.toFixed(0)} ms`,
				l.metrics.cls.toFixed(3),
				lost,
			]),
		);
	}
	out.push(
		'',
		`Simulated throttling (Lighthouse's default) on a shared machine, so performance moves between runs: each page is run ${LIGHTHOUSE_RUNS} times and the row shows the run with the median performance score; accessibility, best practices and SEO show the worst run.`,
		'',
	);

	out.push('## Scaling', '');
	if (r.scaling.length === 0) out.push('Not run.', '');
	else {
		out.push(
			'The guide copied to a temporary folder with its pages and question banks multiplied (copies under `/copy-n/`, outside the sidebar), then built.',
			'',
			row(['content', 'pages', 'build', 'per page', 'Pagefind', 'index on disk', 'index per page']),
			row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
		);
		for (const s of r.scaling) {
			const b = s.build;
			out.push(row([`${s.factor}×`, b.pages, seconds(b.ms), `${(b.ms / b.pages).toFixed(1)} ms`, b.pagefindMs === undefined ? '–' : seconds(b.pagefindMs), kb(b.pagefindIndexBytes), `${(b.pagefindIndexBytes / b.pages / 1024).toFixed(2)} KB`]));
		}
		out.push('', ...scalingVerdict(r.scaling), '');
	}
	return out.join('\n');
}

/** Compares per-page cost at the largest scale with the smallest: at most 10% more per page counts as linear or better. */
export function scalingVerdict(scaling: readonly ScaleResult[]): string[] {
	const sorted = [...scaling].sort((a, b) => a.factor - b.factor);
	const small = sorted[0];
	const large = sorted.at(-1);
	if (!small || !large || small === large) return [];
	const verdict = (name: string, perPage: (b: BuildResult) => number | undefined) => {
		const a = perPage(small.build);
		const b = perPage(large.build);
		if (a === undefined || b === undefined) return `- ${name}: not measured.`;
		const growth = b / a;
		const kind = growth <= 1.1 ? 'linear or better' : 'worse than linear';
		return `- ${name} per page at ${large.factor}× is ${growth.toFixed(2)}× that at ${small.factor}×: **${kind}**.`;
	};
	return [
		verdict('Build time', (b) => b.ms / b.pages),
		verdict('Pagefind indexing time', (b) => (b.pagefindMs === undefined ? undefined : b.pagefindMs / b.pages)),
		verdict('Index size', (b) => b.pagefindIndexBytes / b.pages),
		'',
		'At most 10% more per page at the largest scale than at the smallest counts as linear (timings move that much between runs).',
	];
}
