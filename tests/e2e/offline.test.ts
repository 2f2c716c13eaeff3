import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, siteUrl } from './browser.ts';
import { serveFolder } from './static-server.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('offline reading', () => {
	it('after a first visit, reloads pages and takes a quiz with the network off', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl('/deliver-and-support/'));
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		});
		// The reader reads on: the quiz wakes up, and another page is opened.
		await page.locator('.quiz').scrollIntoViewIfNeeded();
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		await page.goto(siteUrl('/practices/problem-management/'));
		await page.waitForLoadState('networkidle');

		await context.setOffline(true);
		await page.goto(siteUrl('/deliver-and-support/'));
		await expect(page.locator('h1').textContent()).resolves.toBe('Deliver and support');
		await page.locator('.quiz').scrollIntoViewIfNeeded();
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		const question = page.locator('.quiz-question').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.locator('.quiz-feedback').textContent()).toMatch(/Correct\.|Not quite\./);
		await page.reload();
		await expect(page.locator('h1').textContent()).resolves.toBe('Deliver and support');
		await page.goto(siteUrl('/practices/problem-management/'));
		await expect(page.locator('h1').textContent()).resolves.toBe('Problem management');
		await context.close();
	});

	it('fills its cache on a first visit from what the browser already has: no file is downloaded twice', async () => {
		const site = await serveFolder(join(process.cwd(), 'dist'));
		const served: string[] = [];
		site.server.on('request', (request) => served.push(request.url ?? ''));
		const { page, context } = await newPage(browser);
		try {
			await page.goto(`${site.origin}/glossary/`);
			// Wait until the worker holds this page and every file the page loaded.
			await expect
				.poll(
					() =>
						page.evaluate(async () => {
							const loaded = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)].filter((url) => url.startsWith(location.origin));
							const cached = await Promise.all(loaded.map((url) => caches.match(url, { ignoreVary: true })));
							return loaded.length > 1 && cached.every(Boolean);
						}),
					{ timeout: 15_000 },
				)
				.toBe(true);
			const twice = served.filter((url, index) => served.indexOf(url) !== index);
			expect(served).toContain('/glossary/');
			expect(twice).toEqual([]);
		} finally {
			await context.close();
			site.close();
		}
	});

	it('takes a new deploy: the new service worker replaces the cached pages and the reader is offered a reload', async () => {
		// A copy of the build, served on its own, so that this test can "deploy" a change to it.
		const folder = mkdtempSync(join(tmpdir(), 'dsg-deploy-'));
		cpSync(join(process.cwd(), 'dist'), folder, { recursive: true });
		const site = await serveFolder(folder);
		const { page, context } = await newPage(browser);
		try {
			await page.goto(`${site.origin}/glossary/`);
			await page.evaluate(async () => {
				await navigator.serviceWorker.ready;
				if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			});
			await page.reload();

			const glossary = join(folder, 'glossary/index.html');
			writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('<h1', '<p id="new-deploy">Updated</p><h1'));
			const worker = join(folder, 'sw.js');
			writeFileSync(worker, readFileSync(worker, 'utf8').replace(/VERSION\s*=\s*(['"])[^'"]+\1/, 'VERSION="new-deploy"'));

			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect.poll(() => page.locator('.update-notice[role="status"]').textContent(), { timeout: 15_000 }).toContain('A newer version of this guide is ready.');
			await page.getByRole('button', { name: 'Reload to see it' }).click();
			await expect.poll(() => page.locator('#new-deploy').count()).toBe(1);
		} finally {
			await context.close();
			site.close();
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
