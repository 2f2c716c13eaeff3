import type { BuiltPage } from './link-check.ts';

/**
 * The permanent addresses of the site: every page, and every anchor a trainer might link to (headings,
 * questions `#q-…`, exercises `#exercise-…`). The committed manifest lists them; an address may only disappear
 * when a redirect takes its page somewhere else.
 */
export function permanentUrls(pages: readonly BuiltPage[]): string[] {
	const urls: string[] = [];
	for (const page of pages) {
		urls.push(page.path);
		const anchors = new Set([
			...[...page.html.matchAll(/<h[2-6][^>]*\sid="([^"]+)"/g)].map((match) => match[1]!),
			...[...page.html.matchAll(/\sid="((?:q|exercise)-[^"]+)"/g)].map((match) => match[1]!),
		]);
		for (const anchor of [...anchors].sort()) urls.push(`${page.path}#${anchor}`);
	}
	return urls.sort();
}

export interface ManifestCheck {
	/** In the manifest, gone from the site, and not redirected. */
	missing: string[];
	/** On the site but not yet recorded in the manifest. */
	unrecorded: string[];
}

export function checkManifest(manifest: readonly string[], current: readonly string[], redirects: Readonly<Record<string, string>>): ManifestCheck {
	const now = new Set(current);
	const recorded = new Set(manifest);
	const redirected = (url: string) => {
		const [path, anchor] = url.split('#') as [string, string | undefined];
		const target = redirects[path];
		return target !== undefined && (anchor === undefined || now.has(`${target}#${anchor}`) || now.has(target));
	};
	return {
		missing: manifest.filter((url) => !now.has(url) && !redirected(url)),
		unrecorded: current.filter((url) => !recorded.has(url)),
	};
}
