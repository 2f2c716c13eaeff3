import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { axeViolations, focused, hydrate, tabUntil } from './islands-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const NOT_PAGE = '/deliver-and-support/what-it-is-not/';
const table = '.compare-table';
const headers = (page: Page) => page.locator(`${table} thead th`).allTextContents();
const search = (page: Page) => page.evaluate(() => decodeURIComponent(location.search));
const status = (page: Page) => page.locator(`${table} [role="status"]`).textContent();

describe('CompareTable', () => {
	it('shows Deliver and support beside Plan, Improve and Engage by default on its page', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl(NOT_PAGE));
		await hydrate(page, table);
		expect(await headers(page)).toEqual(['Aspect', 'Plan', 'Improve', 'Engage', 'Deliver and support']);
		expect(await search(page)).toBe('');
		await context.close();
	});

	it('wakes without moving anything on a phone screen: no layout shift while the page loads and the table hydrates', async () => {
		const { page, context } = await newPage(browser, { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { layoutShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// The island's code arrives after the first paint, as it does on a slow phone: the server's table is on screen first.
		await page.route(/\/CompareTable\.[^/]+\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 500));
			await route.continue();
		});
		await page.goto(siteUrl(NOT_PAGE));
		await hydrate(page, table);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
		expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
		await context.close();
	});

	it('opens the view named in ?compare=, and keeps a new choice in the address without adding history', async () => {
		const { page, context } = await newPage(browser);
		const requests = recordRequests(page);
		await page.goto(siteUrl(`${NOT_PAGE}?compare=engage,deliver-and-support`));
		await hydrate(page, table);
		expect(await headers(page)).toEqual(['Aspect', 'Engage', 'Deliver and support']);
		const historyLength = await page.evaluate(() => history.length);

		await page.getByRole('checkbox', { name: 'Obtain/build' }).check();
		await expect.poll(() => search(page)).toBe('?compare=engage,obtain-build,deliver-and-support');
		expect(await headers(page)).toEqual(['Aspect', 'Engage', 'Obtain/build', 'Deliver and support']);
		await page.getByRole('checkbox', { name: 'Engage' }).uncheck();
		await expect.poll(() => search(page)).toBe('?compare=obtain-build,deliver-and-support');
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(await status(page)).toMatch(/^Comparing Obtain\/build, Deliver and support\. \d of 3 rows differ\.$/);

		// A trainer's link opens exactly this view.
		await page.reload();
		await hydrate(page, table);
		expect(await headers(page)).toEqual(['Aspect', 'Obtain/build', 'Deliver and support']);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('can be used with the keyboard alone: choose columns, filter, and quiz yourself cell by cell', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl('/deliver-and-support/practices/'));
		await hydrate(page, table);
		await page.locator(`${table} .ct-choose legend`).scrollIntoViewIfNeeded();
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		// Start from the page heading and move in with Tab.
		await page.locator('h1').click();
		await tabUntil(page, (info) => info.tag === 'INPUT' && info.type === 'checkbox');
		// Keep Engage and Deliver and support: untick the other four with Space.
		const keep = ['engage', 'deliver-and-support'];
		for (let index = 0; index < 6; index++) {
			const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
			if (!keep.includes(value)) await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
		}
		await expect.poll(() => search(page)).toBe('?compare=engage,deliver-and-support');
		expect(await headers(page)).toEqual(['Practice', 'Engage', 'Deliver and support']);
		// Rows where the two differ say so in words.
		const serviceDesk = page.locator(`${table} tr[data-row="problem-management"] th`);
		expect(await serviceDesk.textContent()).toContain('Differs');

		expect((await focused(page)).type).toBe('search');
		await page.keyboard.type('management');
		await expect.poll(() => status(page)).toMatch(/^Showing \d+ of 15 rows\.$/);
		const shownRows = await page.locator(`${table} tbody tr`).count();
		expect(shownRows).toBeGreaterThan(3);
		expect(shownRows).toBeLessThan(15);

		await tabUntil(page, (info) => info.name === 'Quiz me');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`${table} .ct-reveal`).count()).toBe(shownRows * 2);
		await tabUntil(page, (info) => info.className.includes('ct-reveal'));
		await page.keyboard.press('Enter');
		// Focus moves to "I knew it" in the revealed cell; marking moves on to the next hidden cell.
		await expect.poll(async () => (await focused(page)).name).toMatch(/^I knew it: /);
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await focused(page)).name).toMatch(/^Reveal /);
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await focused(page)).name).toMatch(/^I knew it: /);
		await page.keyboard.press('Tab');
		expect((await focused(page)).name).toMatch(/^I did not know it: /);
		await page.keyboard.press('Enter');
		await expect.poll(() => status(page)).toBe(`Known: 1. Not known: 1. Still hidden: ${shownRows * 2 - 2}.`);
		expect(await page.locator(`${table} .ct-mark`).allTextContents()).toEqual(['Known', 'Not known']);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('is axe clean in every state: first view, compared and filtered, quiz with cells revealed', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl('/practices/incident-management/'));
		await hydrate(page, table);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('checkbox', { name: 'Change' }).uncheck();
		await page.getByRole('checkbox', { name: 'Event' }).uncheck();
		await page.getByRole('searchbox', { name: 'Filter rows' }).fill('user');
		await expect.poll(() => page.locator(`${table} tbody tr`).count()).toBeLessThan(5);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Quiz me' }).click();
		await page.locator(`${table} .ct-reveal`).first().click();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: /^I knew it/ }).click();
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('is readable 360 px wide: nothing but the table’s own scroll region is wider than the screen', async () => {
		const { page, context } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		await page.goto(siteUrl(`${NOT_PAGE}?compare=engage,deliver-and-support`));
		await hydrate(page, table);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// Two chosen columns fit without sideways scrolling.
		const fits = await page.locator(`${table} .table-scroll`).evaluate((region) => region.scrollWidth <= region.clientWidth + 1);
		expect(fits).toBe(true);
		const controls = await page.locator(`${table} .ct-controls`).boundingBox();
		expect(controls!.x + controls!.width).toBeLessThanOrEqual(360);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('without JavaScript shows every table in full: the record types and the heat map with a word in each cell', async () => {
		const { page, context } = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(siteUrl('/practices/incident-management/'));
		expect(await headers(page)).toEqual(['Aspect', 'Incident', 'Problem', 'Service request', 'Change', 'Event']);
		expect(await page.locator(`${table} tbody td`).count()).toBe(25);
		// The controls are in the HTML (so that waking the table shifts nothing) but hidden: they cannot work without JavaScript.
		expect(await page.locator(`${table} .ct-controls`).count()).toBe(1);
		expect(await page.locator(`${table} .ct-controls`).isVisible()).toBe(false);
		await page.goto(siteUrl('/deliver-and-support/practices/'));
		const cells = await page.locator(`${table} tbody td`).allTextContents();
		expect(cells).toHaveLength(15 * 6);
		expect(cells.every((text) => ['High', 'Medium', 'Low', 'None'].includes(text.trim()))).toBe(true);
		await page.goto(siteUrl(NOT_PAGE));
		expect(await headers(page)).toEqual(['Aspect', 'Plan', 'Improve', 'Engage', 'Deliver and support']);
		await context.close();
	});
});
