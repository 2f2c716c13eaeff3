import AxeBuilder from '@axe-core/playwright';
import type { Browser, ElementHandle } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { join } from 'node:path';
import { readBuiltPages } from '../../src/loaders/built-site.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const pages = readBuiltPages(join(process.cwd(), 'dist')).map((page) => page.path);

describe('every built page', () => {
	it('exists', () => {
		expect(pages.length).toBeGreaterThan(1);
	});

	// One page at a time: a page in the background renders no frames, so its islands would never see themselves scrolled into view.
	it.each(pages)('%s has no axe violations (WCAG 2.2 AA) and makes no request off the site', async (path) => {
		const { page, context } = await newPage(browser);
		const requests = recordRequests(page);
		await page.goto(siteUrl(path));
		// Scroll through so every island hydrates (Astro drops the ssr attribute), then check the page as a learner meets it.
		for (const island of (await page.locator('astro-island[ssr]').elementHandles()) as ElementHandle<HTMLElement>[]) {
			// Islands are display: contents; it is their content that scrolls into view and wakes them.
			await island.evaluate((element) => element.firstElementChild?.scrollIntoView());
			await page.waitForFunction((element) => !element.hasAttribute('ssr'), island, { polling: 100 });
		}
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
		expect(violations).toEqual([]);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});
});
