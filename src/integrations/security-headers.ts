import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFile } from '../domain/security-headers.ts';
import { readBuiltPages } from '../loaders/built-site.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Astro hashes the scripts it bundles, but not the small `is:inline` scripts Starlight writes into every page
 * (theme, sidebar state, search shortcut). The pages are static and built by us, so this adds the hash of each
 * inline script to that page's policy: those exact scripts run, and nothing injected later can.
 */
export function allowBuiltInlineScripts(html: string): string {
	const csp = cspFromHtml(html);
	if (!csp) return html;
	const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]!));
	const missing = [...new Set(inline)].filter((hash) => !csp.includes(hash));
	if (missing.length === 0) return html;
	const updated = csp.replace(/script-src ([^;]*);/, (_directive, sources: string) => `script-src ${sources.trim()} ${missing.join(' ')};`);
	return html.replace(`content="${csp}"`, `content="${updated}"`);
}

/** After the build: completes each page's policy, then writes dist/_headers with it and the other security headers. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
				const pages = readBuiltPages(distDir).map((page) => {
					const html = allowBuiltInlineScripts(page.html);
					if (html !== page.html) writeFileSync(join(distDir, page.path, 'index.html'), html);
					return { path: `${base}${page.path}`, csp: cspFromHtml(html) };
				});
				writeFileSync(join(distDir, '_headers'), headersFile(pages));
				logger.info(`content security policy completed and _headers written for ${pages.length} pages`);
			},
		},
	};
}
