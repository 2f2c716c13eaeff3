import { HtmlValidate, type Message } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { readBuiltPages } from '../../src/loaders/built-site.ts';

const validator = new HtmlValidate(config);
const pages = readBuiltPages(join(process.cwd(), 'dist'));

/** Astro writes one <style> for its island wrappers just before the first island; it is Astro's, and harmless. */
const ASTRO_ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

describe('every built page is valid HTML', () => {
	it.each(pages.map((page) => [page.path, page.html]))('%s', async (path, html) => {
		const report = await validator.validateString(html.replace(ASTRO_ISLAND_STYLE, ''), `dist${path}index.html`);
		const messages = report.results.flatMap((result) => result.messages.map((message: Message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
		expect(messages).toEqual([]);
	});
});
