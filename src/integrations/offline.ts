import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Offline reading with Workbox's service worker generator (the maintained core of vite-plugin-pwa, whose Astro
 * integration does not support Astro 7 yet). After a first visit the guide's pages, scripts, styles and question data
 * are cached; question pages, handouts and search results are cached as they are visited.
 * Pages are fetched network-first, so a new deploy shows at once whenever the reader is online; the precache is
 * versioned by content hashes, so a new deploy replaces it.
 */
export function offlineReading(): AstroIntegration {
	return {
		name: 'offline-reading',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					globDirectory: distDir,
					globPatterns: ['_astro/**/*.{js,css}', 'favicon.svg', 'practice-questions.json', '**/index.html', 'pagefind/pagefind*.{js,css}', 'pagefind/wasm.*', 'pagefind/*.pf_meta'],
					globIgnores: ['questions/**', 'handouts/**', 'trainers/links/**'],
					swDest: `${distDir}/sw.js`,
					// Served as /index.html files but requested as directory URLs (/deliver-and-support/).
					directoryIndex: 'index.html',
					cleanupOutdatedCaches: true,
					clientsClaim: true,
					skipWaiting: true,
					maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
					runtimeCaching: [
						{
							urlPattern: ({ request }) => request.mode === 'navigate',
							handler: 'NetworkFirst',
							options: { cacheName: 'pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 400 } },
						},
						{
							urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
							handler: 'StaleWhileRevalidate',
							options: { cacheName: 'search-index', expiration: { maxEntries: 300 } },
						},
					],
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
			},
		},
	};
}
