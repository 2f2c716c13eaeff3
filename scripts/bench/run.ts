// `npm run bench`: page weight, build time, search and Lighthouse figures for this guide against a bare Starlight site,
// and how build time and index size grow with the content. Writes bench-results/report.md and report.json.
// Options: --skip-lighthouse, --skip-scaling, --scales=1,10 (instead of the SCALES in config.ts), --keep (keep the
// temporary folders). Budgets are reported, never asserted: timing is not a test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIALOG_QUERY, LIGHTHOUSE_RUNS, PAGE_TYPES, SCALES, SEARCH_QUERIES } from './config.ts';
import { runLighthouseRepeatedly } from './lighthouse.ts';
import { launchChromium, measurePage } from './measure-pages.ts';
import { type BenchResults, evaluateBudgets, type PageResult, renderMarkdown, type ScaleResult } from './report.ts';
import { measureQueries } from './search-queries.ts';
import { buildSite, writeBareStarlight, writeScaledProject } from './sites.ts';
import { serveStatic } from './static-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const skipLighthouse = args.includes('--skip-lighthouse');
const skipScaling = args.includes('--skip-scaling');
const keep = args.includes('--keep');
const scalesArg = args.find((arg) => arg.startsWith('--scales='));
const scales = scalesArg ? scalesArg.slice('--scales='.length).split(',').map(Number).filter((n) => n >= 1) : [...SCALES];

const started = performance.now();
const step = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const temporary: string[] = [];

function commit(): string {
	try {
		const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim() !== '';
		return dirty ? `${hash} (with uncommitted changes)` : hash;
	} catch {
		return 'unknown';
	}
}

async function main() {
	const loadAtStart = loadavg()[0]!;
	step('building this guide');
	const build = await buildSite(root);
	step(`built ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s`);

	step('building a bare Starlight site as the baseline');
	const bareRoot = writeBareStarlight(root);
	temporary.push(bareRoot);
	const bareBuild = await buildSite(bareRoot);

	const site = await serveStatic(join(root, 'dist'));
	const bare = await serveStatic(join(bareRoot, 'dist'));
	const pages: PageResult[] = [];
	let baselinePage: PageResult;
	let search: BenchResults['search'];
	const browser = await launchChromium();
	try {
		for (const type of PAGE_TYPES) {
			step(`measuring ${type.name} ${type.path}`);
			pages.push({ name: type.name, figures: await measurePage(browser, site.log, new URL(type.path.replace(/^\//, ''), site.url).href, DIALOG_QUERY) });
		}
		step('measuring the bare Starlight page');
		baselinePage = { name: 'bare Starlight (baseline)', figures: await measurePage(browser, bare.log, bare.url, 'baseline') };
		step(`running ${SEARCH_QUERIES.length} search queries`);
		search = await measureQueries(browser, site.log, site.url, SEARCH_QUERIES);
	} finally {
		await browser.close();
	}

	const skipped: string[] = [];
	if (skipLighthouse) skipped.push('Lighthouse');
	else {
		for (const page of [...pages, baselinePage]) {
			step(`Lighthouse: ${page.name}`);
			const server = page === baselinePage ? bare : site;
			page.lighthouse = await runLighthouseRepeatedly(new URL(page.figures.path.replace(/^\//, ''), server.url).href, LIGHTHOUSE_RUNS);
		}
	}
	await site.close();
	await bare.close();

	const scaling: ScaleResult[] = [];
	if (skipScaling) skipped.push('scaling');
	else {
		for (const factor of scales) {
			step(`scaling: writing the guide at ${factor}× its content`);
			const scaledRoot = writeScaledProject(root, factor);
			temporary.push(scaledRoot);
			try {
				const scaledBuild = await buildSite(scaledRoot);
				step(`scaling: ${factor}× built ${scaledBuild.pages} pages in ${(scaledBuild.ms / 1000).toFixed(1)} s`);
				scaling.push({ factor, build: scaledBuild });
			} catch (error) {
				// Keep what was measured: the report says where scaling stopped, and the build's output goes to stderr.
				console.error(error);
				skipped.push(`scaling from ${factor}× on (the synthetic build failed: ${String(error).split('\n')[0]})`);
				break;
			} finally {
				if (!keep) rmSync(scaledRoot, { recursive: true, force: true });
			}
		}
	}

	const results: BenchResults = {
		date: new Date().toISOString(),
		commit: commit(),
		node: process.version,
		cpus: availableParallelism(),
		load: { start: loadAtStart, end: loadavg()[0]! },
		build,
		baseline: { build: bareBuild, page: baselinePage },
		pages,
		search,
		scaling,
		budgets: evaluateBudgets(pages),
		skipped,
	};
	const outDir = join(root, 'bench-results');
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
	writeFileSync(join(outDir, 'report.md'), `${renderMarkdown(results)}\n`);
	const failed = results.budgets.filter((budget) => budget.pass === false).length;
	step(`done: bench-results/report.md (${results.budgets.length - failed} budgets pass, ${failed} fail)`);
}

try {
	await main();
} finally {
	if (!keep) for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
}
