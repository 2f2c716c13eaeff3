// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.ts';
import { sidebarItems } from './src/navigation/sidebar.ts';
import { offlineReading } from './src/integrations/offline.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { readRedirects } from './src/loaders/redirects.ts';
import { SEARCH_RANKING, SITE } from './src/site-config.ts';

/**
 * Vite wraps every lazy import() in the browser with a helper that also fetches the imported chunk's CSS and
 * dependencies in parallel, and lists those dependencies in the importing file. Here nothing imported lazily has
 * CSS, and the helper and its lists (about 1 KB gzip, on every page) would take a plain page over its 6 KB
 * JavaScript budget, so preloading is off and the helper becomes a plain call.
 * @returns {import('vite').Plugin}
 */
const plainLazyImports = () => ({
	name: 'plain-lazy-imports',
	enforce: 'pre',
	configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
	load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
});

/**
 * Fewer, larger files for the browser: every file costs a request and its own compression overhead, which across
 * the dozen tiny modules shared by the page script and the islands added up to most of a kilobyte. Preact and
 * Astro's client for it always load together, and so do the small modules every page's script imports.
 * @returns {import('vite').Plugin}
 */
const fewerBrowserChunks = () => ({
	name: 'fewer-browser-chunks',
	configEnvironment: (name) =>
		name === 'client'
			? {
					build: {
						rolldownOptions: {
							output: {
								codeSplitting: {
									groups: [
										{ name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ },
										{ name: 'site-shared', test: /src[\\/](domain[\\/](progress-keys|pending-reviews)|scripts[\\/]clipboard)\.ts$|preload-helper/, priority: 1 },
									],
								},
							},
						},
					},
				}
			: undefined,
});

const base = process.env.BASE_PATH ?? '/';
/** @param {string} directory */
const pagesIn = (directory) => sidebarItems('./content/docs', directory);

// Deploys set SITE_URL and, for a sub-path such as a GitHub Pages project site, BASE_PATH.
export default defineConfig({
	site: process.env.SITE_URL ?? SITE.defaultUrl,
	base,
	trailingSlash: 'always',
	redirects: readRedirects('.'),
	// A strict policy on every page: scripts only from this site or by hash, never 'unsafe-inline'.
	// Pagefind's search needs WebAssembly ('wasm-unsafe-eval'); Starlight sets a few inline style attributes.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }) },
	integrations: [
		starlight({
			title: SITE.title,
			description: SITE.description,
			social: [{ icon: 'github', label: 'Source on GitHub', href: SITE.repository }],
			editLink: { baseUrl: `${SITE.repository}/edit/${SITE.branch}/` },
			lastUpdated: true,
			pagefind: { ranking: SEARCH_RANKING },
			customCss: ['./src/styles/global.css', './src/styles/practise.css'],
			components: {
				Footer: './src/components/Footer.astro',
				SiteTitle: './src/components/SiteTitle.astro',
				// Loads the search UI when the reader shows intent instead of on every page at idle.
				Search: './src/components/Search.astro',
			},
			sidebar: [
				{ label: 'The value chain', items: [...pagesIn('value-chain'), ...pagesIn('activities')] },
				{ label: 'Deliver and support', items: pagesIn('deliver-and-support') },
				{ label: 'Practices', items: pagesIn('practices') },
				{ label: 'Concepts', items: pagesIn('concepts') },
				{ label: 'Exam preparation', items: pagesIn('exam') },
				{ label: 'For trainers', collapsed: true, items: [...pagesIn('trainers'), { label: 'Link catalogue', link: '/trainers/links/' }] },
				{
					label: 'Practise',
					items: [
						{ label: 'Review', link: '/review/' },
						{ label: 'Progress', link: '/progress/' },
						{ label: 'Mock exam', link: '/mock-exam/' },
					],
				},
				{
					label: 'Reference',
					items: [
						{ label: 'Glossary', link: '/glossary/' },
						{ label: 'About this guide', link: '/about/' },
					],
				},
			],
		}),
		preact(),
		// In this order: the service worker's precache hashes the pages after their policy is complete.
		securityHeaders(),
		offlineReading(),
	],
	vite: {
		plugins: [plainLazyImports(), fewerBrowserChunks()],
		build: {
			// The site's page script (the header's due count) ships as its own file, never inlined into every page: a strict CSP can then allow it by origin.
			assetsInlineLimit: (file) => (file.includes('SiteTitle.astro_astro_type_script') ? false : undefined),
		},
	},
});
