import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser.ts';
import { buildEnv } from './build-env.ts';
import { serveFolder } from './static-server.ts';

/**
 * A deploy under a sub-path (a GitHub Pages project site, say): build with BASE_PATH into its own folder,
 * serve it only under that path, and check that links, assets, search and islands all still work.
 */
const BASE = '/guide/';
const outDir = join(process.cwd(), 'node_modules/.cache/dist-base-path');

let server: Awaited<ReturnType<typeof serveFolder>>;
let origin: string;
let browser: Browser;

beforeAll(async () => {
	const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { encoding: 'utf8', env: buildEnv({ BASE_PATH: BASE }) });
	if (build.status !== 0) throw new Error(`build with BASE_PATH failed:\n${build.stdout}\n${build.stderr}`);
	server = await serveFolder(outDir, BASE);
	origin = server.origin;
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	server?.close();
});

describe(`the site deployed under ${BASE}`, () => {
	it('links only to pages that exist under the base, and loads every asset', async () => {
		const { page, context } = await newPage(browser);
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		const seen = new Set<string>();
		const queue = [`${origin}${BASE}`];
		while (queue.length > 0) {
			const url = queue.shift()!;
			if (seen.has(url)) continue;
			seen.add(url);
			await page.goto(url);
			const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
			for (const link of links) {
				const target = new URL(link);
				if (target.origin !== origin) continue;
				expect(target.pathname.startsWith(BASE), `${url} links to ${target.pathname}`).toBe(true);
				target.hash = '';
				if (!seen.has(target.href) && !/\.(xml|svg|json)$/.test(target.pathname)) queue.push(target.href);
			}
		}
		expect(seen.size).toBeGreaterThan(30);
		expect(failed).toEqual([]);
		await context.close();
	}, 240_000);

	it('searches with Pagefind', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(`${origin}${BASE}`);
		await page.getByRole('button', { name: /search/i }).first().click();
		await page.locator('dialog .pagefind-ui__search-input').fill('watermelon effect');
		const first = page.locator('dialog .pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		expect(new URL(await first.evaluate((link) => (link as HTMLAnchorElement).href)).pathname.startsWith(BASE)).toBe(true);
		await context.close();
	});

	it('hydrates the quiz island', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(`${origin}${BASE}deliver-and-support/`);
		const quiz = page.locator('.quiz');
		await quiz.scrollIntoViewIfNeeded();
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		const question = page.locator('.quiz-question').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.locator('.quiz-feedback').textContent()).toMatch(/Correct\.|Not quite\./);
		await context.close();
	});
});
