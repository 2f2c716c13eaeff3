import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium, or wherever CHROMIUM_PATH points: test tools cannot download their own browser here. */
export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
	const found = candidates.find((path) => existsSync(path));
	if (!found) throw new Error(`Chromium not found (tried ${candidates.join(', ')}). Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
	return found;
}

export function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		...options,
	});
}

export const baseUrl = () => inject('baseUrl');

/** A site path ("/deliver-and-support/") as a full URL under the served base. */
export const siteUrl = (path: string) => new URL(path.replace(/^\//, ''), baseUrl()).href;

/** Records every request a page makes, so a test can prove nothing leaves the site's own origin. */
export function recordRequests(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('request', (request) => requests.push(request));
	return requests;
}

export function offSiteRequests(requests: readonly Request[]): string[] {
	const origin = new URL(baseUrl()).origin;
	return requests.map((request) => request.url()).filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	return { context, page };
}
