import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_SECURITY_HEADERS, cspFromHtml } from '../../src/domain/security-headers.ts';
import { readBuiltPages } from '../../src/loaders/built-site.ts';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';

const dist = join(process.cwd(), 'dist');
const pages = readBuiltPages(dist).filter((page) => !page.html.includes('http-equiv="refresh"'));

/** One page of each kind the site has; the islands' pages are covered as they appear. */
const PAGE_TYPES = ['/', '/concepts/utility-and-warranty/', '/deliver-and-support/', '/deliver-and-support/what-it-is-not/', '/value-chain/', '/glossary/', '/questions/ds-mon-tuesday-trend/', '/handouts/deliver-and-support/answers/', '/trainers/links/'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function collectViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function openWatched(path: string) {
	const { page, context } = await newPage(browser);
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
	});
	const requests = recordRequests(page);
	await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	return { page, context, requests };
}

describe('content security policy', () => {
	it('is on every built page, with no unsafe-inline for scripts', () => {
		const problems = pages.flatMap((page) => {
			const csp = cspFromHtml(page.html);
			if (!csp) return [`${page.path}: no policy`];
			const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src ')) ?? '';
			return scriptSrc.includes("'unsafe-inline'") || !scriptSrc ? [`${page.path}: script-src is "${scriptSrc}"`] : [];
		});
		expect(problems).toEqual([]);
	});

	it('is also sent as a header per page in _headers, with the other security headers', () => {
		const headers = readFileSync(join(dist, '_headers'), 'utf8');
		for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) expect(headers).toContain(`${name}: ${value}`);
		for (const page of pages) expect(headers).toContain(`${page.path}\n  Content-Security-Policy: ${cspFromHtml(page.html)}`);
	});

	it.each(PAGE_TYPES)('lets %s run without a single violation or off-site request', async (path) => {
		const { page, context, requests } = await openWatched(path);
		expect(await collectViolations(page)).toEqual([]);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('lets search run without a violation', async () => {
		const { page, context, requests } = await openWatched('/deliver-and-support/');
		await page.getByRole('button', { name: /search/i }).first().click();
		await page.locator('dialog .pagefind-ui__search-input').fill('problem management');
		await page.locator('dialog .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		expect(await collectViolations(page)).toEqual([]);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('lets the quiz be answered without a violation', async () => {
		const { page, context } = await openWatched('/deliver-and-support/');
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		const question = page.locator('.quiz-question').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.locator('.quiz-feedback').textContent()).toMatch(/Correct\.|Not quite\./);
		expect(await collectViolations(page)).toEqual([]);
		await context.close();
	});
});
