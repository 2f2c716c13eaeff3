import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Searches the way a reader does: open the search dialog, type, read the result links. */
async function search(query: string) {
	const { page, context } = await newPage(browser);
	const requests = recordRequests(page);
	await page.goto(siteUrl('/'));
	await page.getByRole('button', { name: /search/i }).first().click();
	await page.locator('dialog .pagefind-ui__search-input').fill(query);
	const results = page.locator('dialog .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	return { hrefs, requests, close: () => context.close() };
}

describe('Pagefind search on the built site', () => {
	it('finds the Deliver and support page from a phrase on it', async () => {
		const { hrefs, requests, close } = await search('agreed specifications and stakeholders’ expectations');
		expect(hrefs.slice(0, 5).some((path) => path.endsWith('/deliver-and-support/'))).toBe(true);
		expect(offSiteRequests(requests)).toEqual([]);
		await close();
	});
});
