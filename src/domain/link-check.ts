/**
 * Checks the links of the built site: every link to a page of the site must reach a page that exists, and every
 * `#anchor` must name an element id on that page. It reads built HTML, so links written in MDX, in components and
 * in generated pages (question pages, handouts) are all covered.
 */

export interface BuiltPage {
	/** Site path without the base, such as `/deliver-and-support/`. */
	path: string;
	html: string;
}

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

export function idsIn(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)));
}

export function linksIn(html: string): string[] {
	return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => decode(match[1]!));
}

/** Pages the build makes that are not HTML pages of the guide but may still be linked to. */
const NON_PAGE_FILES = /\.(xml|svg|json|txt|png|ico|webmanifest)$/;

export function findBrokenLinks(pages: readonly BuiltPage[], base = '/'): BrokenLink[] {
	const prefix = base.replace(/\/$/, '');
	const byPath = new Map(pages.map((page) => [page.path, idsIn(page.html)]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of new Set(linksIn(page.html))) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${prefix}${page.path}`);
			if (!url.pathname.startsWith(`${prefix}/`)) {
				broken.push({ page: page.path, href, reason: `it points outside the site's base path ${base}` });
				continue;
			}
			const target = url.pathname.slice(prefix.length) || '/';
			if (NON_PAGE_FILES.test(target)) continue;
			const ids = byPath.get(target);
			if (!ids) {
				broken.push({ page: page.path, href, reason: `there is no page ${target}` });
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && anchor !== '_top' && !ids.has(anchor)) {
				broken.push({ page: page.path, href, reason: `${target} has no heading or element with id "${anchor}"` });
			}
		}
	}
	return broken;
}
