import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, siteUrl } from './browser.ts';
import { readBuiltPages } from '../../src/loaders/built-site.ts';

const dist = join(process.cwd(), 'dist');
const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** A built script and every file it imports statically (what the browser must fetch before it runs), by file name. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(join(dist, '_astro', file), 'utf8');
	for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) withStaticImports(match[1]!, seen);
	return seen;
}

const gzipBytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, '_astro', file))).length, 0);

const dueCountScript = (html: string) => html.match(/<script type="module" src="[^"]*_astro\/(SiteTitle\.astro[^"]+\.js)"/)?.[1];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('what every page carries for the due count', () => {
	const pages = readBuiltPages(join(process.cwd(), 'dist')).map((page) => page.path);

	it('is one external module script on every page, with no inline copy for a strict CSP to refuse', () => {
		for (const path of pages.filter((page) => page !== '/404/')) {
			const html = htmlOf(path);
			expect(dueCountScript(html), path).toBeTruthy();
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
			expect(inline.filter((code) => code.includes('dsg-progress')), path).toEqual([]);
		}
	});

	it('weighs well under the 6 KB gzip budget for a content page, with its imports', () => {
		const files = withStaticImports(dueCountScript(htmlOf('/deliver-and-support/'))!);
		const bytes = gzipBytes(files);
		console.info(`due-count script with its static imports: ${bytes} bytes gzip (${[...files].join(', ')})`);
		expect(bytes).toBeLessThan(3 * 1024);
		// Neither the store's validation nor the scheduler comes with it: they load lazily, only when saved answers wait
		// for scheduling or progress is in the first format.
		expect([...files].filter((file) => /^(progress-store|review-schedule|schedule-saved-reviews)\./.test(file))).toEqual([]);
	});

	it('lets a guide page load no island code until its quiz scrolls into view', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 800 } });
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname.split('/').pop()!));
		await page.goto(siteUrl('/deliver-and-support/'), { waitUntil: 'networkidle' });
		expect(scripts.some((file) => file.startsWith('SiteTitle.astro'))).toBe(true);
		expect(scripts.filter((file) => /^(Quiz|progress-store|preact|client)\./.test(file))).toEqual([]);
		await page.locator('.quiz').scrollIntoViewIfNeeded();
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		expect(scripts.some((file) => file.startsWith('Quiz.'))).toBe(true);
		await context.close();
	});
});
