import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, chromiumPath } from './config.ts';
import { type ServedFile, totals } from './static-server.ts';

export type Phase = 'load' | 'scroll' | 'answer' | 'search';

export interface PhaseFigures {
	html: number;
	css: number;
	js: number;
	searchData: number;
	other: number;
	/** The JavaScript files fetched in this phase, with their gzip bytes. */
	jsFiles: { path: string; bytes: number }[];
}

export interface PageFigures {
	path: string;
	phases: Record<Phase, PhaseFigures | null>;
	/** Time from clicking the search button to the first result for the dialog query, in ms (indicative only). */
	searchMs: number | null;
}

export function launchChromium(): Promise<Browser> {
	// Playwright adds its own headless switch; the rest are the flags this machine needs (root, closed network).
	return chromium.launch({ executablePath: chromiumPath(), args: [...CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')), '--disable-quic'] });
}

function figures(files: readonly ServedFile[]): PhaseFigures {
	const sum = totals(files);
	return {
		html: sum.html,
		css: sum.css,
		js: sum.js,
		searchData: sum['search-data'],
		other: sum.other,
		jsFiles: files.filter((file) => file.kind === 'js').map((file) => ({ path: file.path, bytes: file.transferred })),
	};
}

async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
	// Let idle callbacks and anything they start run, then wait for the network again.
	await page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => setTimeout(resolve, 300))));
	await page.waitForLoadState('networkidle');
}

/**
 * Loads one page on a phone-sized screen and counts what the server sent in each phase: the load itself (no
 * interaction), scrolling to the end (client:visible islands hydrate), answering the first question of the quiz,
 * and opening search and getting results. Each page gets a fresh browser context, so nothing comes from cache.
 */
export async function measurePage(browser: Browser, log: ServedFile[], url: string, query: string): Promise<PageFigures> {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const take = () => log.splice(0, log.length);
	const phases: PageFigures['phases'] = { load: null, scroll: null, answer: null, search: null };
	try {
		take();
		await page.goto(url, { waitUntil: 'load' });
		await settle(page);
		phases.load = figures(take());

		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y < height; y += 600) {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await page.waitForTimeout(50);
		}
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		if ((await page.locator('.quiz').count()) > 0) await page.locator('.quiz[data-interactive="true"]').first().waitFor({ timeout: 15_000 });
		await settle(page);
		phases.scroll = figures(take());

		const question = page.locator('.quiz-question').first();
		if ((await question.count()) > 0) {
			await question.locator('input').first().check();
			await question.getByRole('button', { name: 'Check', exact: true }).click();
			await settle(page);
			phases.answer = figures(take());
		}

		await page.evaluate(() => window.scrollTo(0, 0));
		const button = page.locator('button[data-open-modal]').first();
		const started = performance.now();
		await button.hover();
		await button.click();
		const input = page.locator('dialog .pagefind-ui__search-input');
		await input.waitFor({ timeout: 15_000 });
		await input.fill(query);
		await page.locator('dialog .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const searchMs = performance.now() - started;
		await settle(page);
		phases.search = figures(take());
		return { path: new URL(url).pathname, phases, searchMs };
	} finally {
		await context.close();
	}
}
