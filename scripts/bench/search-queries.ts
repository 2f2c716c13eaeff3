import type { Browser } from 'playwright-core';
import { type ServedFile, totals } from './static-server.ts';

export interface QueryFigures {
	query: string;
	results: number;
	/** Search plus loading the top five results' data, measured in the page. */
	ms: number;
	/** Everything fetched for this query (index chunks, fragments), gzip or as stored. */
	bytes: number;
}

export interface SearchFigures {
	/** Loading pagefind.js and initialising it (WebAssembly, entry, metadata). */
	init: { ms: number; bytes: number; jsBytes: number };
	queries: QueryFigures[];
}

/**
 * Runs the queries one after another in one page through Pagefind's JavaScript API (the bundle the search dialog
 * uses), as a reader who searches several times would: later queries reuse chunks earlier ones fetched.
 */
export async function measureQueries(browser: Browser, log: ServedFile[], siteUrl: string, queries: readonly string[]): Promise<SearchFigures> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const take = () => log.splice(0, log.length);
	try {
		await page.goto(siteUrl, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		take();
		// A string, not a function: the dynamic import must reach the browser untouched.
		const initMs = (await page.evaluate(`(async () => {
			const started = performance.now();
			const pagefind = await import('${siteUrl}pagefind/pagefind.js');
			await pagefind.init();
			window.__pagefind = pagefind;
			return performance.now() - started;
		})()`)) as number;
		await page.waitForLoadState('networkidle');
		const initFiles = take();
		const results: QueryFigures[] = [];
		for (const query of queries) {
			const { ms, count } = (await page.evaluate(`(async () => {
				const started = performance.now();
				const search = await window.__pagefind.search(${JSON.stringify(query)});
				await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
				return { ms: performance.now() - started, count: search.results.length };
			})()`)) as { ms: number; count: number };
			await page.waitForLoadState('networkidle');
			const sum = totals(take());
			results.push({ query, results: count, ms, bytes: sum.js + sum['search-data'] + sum.other + sum.css + sum.html });
		}
		const initSum = totals(initFiles);
		return { init: { ms: initMs, bytes: initSum.js + initSum['search-data'] + initSum.other, jsBytes: initSum.js }, queries: results };
	} finally {
		await context.close();
	}
}
