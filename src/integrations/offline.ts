import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPages } from '../loaders/built-site.ts';

/**
 * Offline reading with a small service worker of our own. Workbox (the core of vite-plugin-pwa, whose Astro
 * integration does not support Astro 7 yet) adds about 11 KB gzip to every first visit, and a plain page's budget
 * for all its JavaScript is 6 KB; the rules needed here fit in a few lines:
 * - pages network-first, so a new deploy shows at once whenever the reader is online, and the cached copy offline;
 * - hashed assets (/_astro/) cache-first, since their names change when their content does;
 * - everything else (search index, question data) stale-while-revalidate.
 * The worker's file carries a hash of the build, so each deploy installs a new worker that drops the old caches.
 */
export function offlineReading(): AstroIntegration {
	return {
		name: 'offline-reading',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const build = createHash('sha256');
				for (const page of readBuiltPages(distDir)) build.update(page.path).update(page.html);
				const version = build.digest('hex').slice(0, 16);
				const source = readFileSync(new URL('../scripts/service-worker.js', import.meta.url), 'utf8');
				// Minified: every first visit fetches the worker, and it counts against the page's JavaScript budget.
				const { code } = await transform(source.replace('__BUILD_VERSION__', version), { minify: true, target: 'es2022' });
				writeFileSync(join(distDir, 'sw.js'), code);
				logger.info(`service worker written for build ${version}`);
			},
		},
	};
}
