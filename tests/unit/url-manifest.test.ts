import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/domain/link-check.ts';
import { checkManifest, permanentUrls } from '../../src/domain/url-manifest.ts';

const pages = [
	{ path: '/', html: '<h1 id="_top">Home</h1><a href="/guide/">Guide</a><a href="/guide/#missing">x</a><a href="/gone/">y</a><a href="https://example.org/">z</a>' },
	{ path: '/guide/', html: '<h2 id="purpose">Purpose</h2><li id="q-ds-one">…</li><div id="starlight__sidebar"></div>' },
];

describe('permanent URLs', () => {
	it('lists pages, heading anchors and question anchors, not layout ids', () => {
		expect(permanentUrls(pages)).toEqual(['/', '/guide/', '/guide/#purpose', '/guide/#q-ds-one']);
	});

	it('reports an address that disappeared unless its page is redirected', () => {
		const current = ['/', '/new-guide/', '/new-guide/#purpose'];
		expect(checkManifest(['/', '/guide/', '/guide/#purpose'], current, {}).missing).toEqual(['/guide/', '/guide/#purpose']);
		expect(checkManifest(['/', '/guide/', '/guide/#purpose'], current, { '/guide/': '/new-guide/' })).toEqual({ missing: [], unrecorded: ['/new-guide/', '/new-guide/#purpose'] });
	});
});

describe('link check', () => {
	it('finds links to missing pages and missing anchors, and ignores other sites', () => {
		expect(findBrokenLinks(pages)).toEqual([
			{ page: '/', href: '/guide/#missing', reason: '/guide/ has no heading or element with id "missing"' },
			{ page: '/', href: '/gone/', reason: 'there is no page /gone/' },
		]);
	});

	it('resolves links against a base path', () => {
		const based = [{ path: '/', html: '<a href="/docs/guide/">ok</a><a href="/guide/">outside</a>' }, { path: '/guide/', html: '' }];
		expect(findBrokenLinks(based, '/docs/').map((link) => link.href)).toEqual(['/guide/']);
	});
});
