import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/domain/link-check.ts';
import { checkManifest, permanentUrls } from '../../src/domain/url-manifest.ts';
import { readBuiltPages } from '../../src/loaders/built-site.ts';
import { readRedirects } from '../../src/loaders/redirects.ts';

// Runs on the build made for the end-to-end tests.
const pages = readBuiltPages(join(process.cwd(), 'dist'));
const manifest = JSON.parse(readFileSync('urls.manifest.json', 'utf8')) as string[];

describe('permanent URLs', () => {
	const { missing, unrecorded } = checkManifest(manifest, permanentUrls(pages), readRedirects(process.cwd()));

	it('keeps every address in urls.manifest.json, or redirects its page (content/redirects.yaml)', () => {
		expect(missing, 'these addresses disappeared: add a redirect in content/redirects.yaml, or an anchor alias, before removing them').toEqual([]);
	});

	it('records every published address in urls.manifest.json (run `npm run urls:update`)', () => {
		expect(unrecorded).toEqual([]);
	});
});

describe('links in the built site', () => {
	it('reach pages and anchors that exist', () => {
		expect(findBrokenLinks(pages).map((link) => `${link.page}: ${link.href}: ${link.reason}`)).toEqual([]);
	});
});
