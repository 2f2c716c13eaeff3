import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';

/** A plain guide page: text and a quiz at its foot, no other islands. */
const PLAIN_PAGE = '/concepts/utility-and-warranty/';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const scriptUrls = (requests: readonly Request[]) => requests.filter((request) => request.resourceType() === 'script').map((request) => request.url());

/** Loads the page and waits until the network is quiet and the browser has been idle, when Starlight would fetch its search UI. */
async function openQuietly(page: Page) {
	await page.goto(siteUrl(PLAIN_PAGE), { waitUntil: 'networkidle' });
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
	await page.waitForLoadState('networkidle');
}

/** Types a query into the open dialog and returns the paths of the result links. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
	const input = page.locator('dialog .pagefind-ui__search-input');
	await expect.poll(() => input.evaluate((element) => element === document.activeElement), { timeout: 15_000 }).toBe(true);
	await page.keyboard.type(query);
	const results = page.locator('dialog .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search loads when the reader shows intent', () => {
	it('fetches no Pagefind UI script until then, and the UI script after', async () => {
		const { page, context } = await newPage(browser);
		const requests = recordRequests(page);
		await openQuietly(page);
		const before = scriptUrls(requests);
		expect(before.filter((url) => url.includes('/pagefind/'))).toEqual([]);

		await page.getByRole('button', { name: 'Search', exact: true }).hover();
		await page.waitForLoadState('networkidle');
		const afterIntent = scriptUrls(requests).filter((url) => !before.includes(url));
		expect(afterIntent.length).toBeGreaterThan(0);
		// One of the scripts that arrived on intent is the Pagefind UI: it renders the search field.
		const bodies = await Promise.all(afterIntent.map(async (url) => (await page.request.get(url)).text()));
		expect(bodies.some((body) => body.includes('pagefind-ui__search-input'))).toBe(true);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('opens and closes with Ctrl+K, and finds pages', async () => {
		const { page, context } = await newPage(browser);
		await openQuietly(page);
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.locator('dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		const hrefs = await resultsFor(page, 'watermelon effect');
		expect(hrefs.length).toBeGreaterThan(0);
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.locator('dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
		await context.close();
	});

	it('opens with "/" and finds the Deliver and support page', async () => {
		const { page, context } = await newPage(browser);
		await openQuietly(page);
		await page.keyboard.press('/');
		const hrefs = await resultsFor(page, 'agreed specifications');
		expect(hrefs.some((path) => path.endsWith('/deliver-and-support/'))).toBe(true);
		// "/" typed in the search field is text, not a shortcut.
		await page.keyboard.type(' /');
		await expect(page.locator('dialog .pagefind-ui__search-input').inputValue()).resolves.toBe('agreed specifications /');
		await page.keyboard.press('Escape');
		await context.close();
	});

	it('opens with a click or a tap, on a desktop and a phone-sized screen', async () => {
		for (const viewport of [undefined, { width: 390, height: 844 }]) {
			const { page, context } = await newPage(browser, viewport ? { viewport, hasTouch: true, isMobile: true } : {});
			await openQuietly(page);
			await page.getByRole('button', { name: 'Search', exact: true }).click();
			const hrefs = await resultsFor(page, 'service desk');
			expect(hrefs.some((path) => path.endsWith('/practices/service-desk/'))).toBe(true);
			await context.close();
		}
	});

	it('has a search button whose accessible name contains its visible text', async () => {
		const { page, context } = await newPage(browser);
		await openQuietly(page);
		const button = page.getByRole('button', { name: 'Search', exact: true });
		await expect(button.isVisible()).resolves.toBe(true);
		await expect(button.getAttribute('aria-keyshortcuts')).resolves.toBe('Control+K /');
		// label-content-name-mismatch is an experimental axe rule, so it is asked for by name.
		const results = await new AxeBuilder({ page }).include('site-search').withRules(['label-content-name-mismatch']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
		await context.close();
	});
});
