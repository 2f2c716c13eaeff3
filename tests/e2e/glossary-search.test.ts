import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReferenceData } from '../../src/loaders/content-files.ts';
import { SEARCH_RANKING } from '../../src/site-config.ts';
import { baseUrl, launchBrowser, newPage, siteUrl } from './browser.ts';

const terms = readReferenceData(process.cwd()).data.glossary;

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	({ page } = await newPage(browser));
	await page.goto(siteUrl('/glossary/'));
	// The same Pagefind bundle and ranking the search dialog uses, called directly so 50+ searches stay quick.
	// Passed as a string: Vitest would otherwise rewrite the dynamic import before it reaches the browser.
	await page.evaluate(
		`import('${baseUrl()}pagefind/pagefind.js').then(async (pagefind) => { await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} }); await pagefind.init(); window.pagefind = pagefind; })`,
	);
});
afterAll(async () => {
	await browser?.close();
});

type PagefindWindow = { pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; sub_results: { url: string }[] }> }[] }> } };

/** The pages of the top results for a query, and the anchors inside them that Pagefind points at. */
function topResults(query: string, count = 5): Promise<{ pages: string[]; anchors: string[] }> {
	return page.evaluate(
		async ([q, n]) => {
			const search = await (window as unknown as PagefindWindow).pagefind.search(q as string);
			const data = await Promise.all(search.results.slice(0, n as number).map((result) => result.data()));
			return { pages: data.map((result) => result.url), anchors: data.flatMap((result) => result.sub_results.map((sub) => sub.url)) };
		},
		[query, count] as const,
	);
}

const sitePath = (path: string) => new URL(path.replace(/^\//, ''), baseUrl()).pathname;

describe('searching for a glossary term', () => {
	it.each(terms.map((term) => [term.term, term.id, term.page]))('"%s" finds its glossary entry or the page that teaches it in the top results', async (term, id, teachingPage) => {
		const { pages, anchors } = await topResults(term);
		const found = anchors.includes(`${sitePath('/glossary/')}#${id}`) || pages.includes(sitePath(teachingPage));
		expect(found, `top results for "${term}": ${pages.join(', ')}`).toBe(true);
	});
});
