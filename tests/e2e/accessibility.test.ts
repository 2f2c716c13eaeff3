import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { builtPagePaths } from './site-pages.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const pages = builtPagePaths();

describe('every built page', () => {
	it('exists', () => {
		expect(pages.length).toBeGreaterThan(1);
	});

	it.each(pages)('%s has no axe violations (WCAG 2.2 AA) and makes no request off the site', async (path) => {
		const { page, context } = await newPage(browser);
		const requests = recordRequests(page);
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		// Scroll through so every island hydrates, then check the page as a learner would meet it.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
		expect(violations).toEqual([]);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});
});
