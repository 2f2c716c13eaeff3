// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { SITE } from './src/site-config.ts';

// Deploys set SITE_URL and, for a sub-path such as a GitHub Pages project site, BASE_PATH.
export default defineConfig({
	site: process.env.SITE_URL ?? SITE.defaultUrl,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: SITE.title,
			description: SITE.description,
			social: [{ icon: 'github', label: 'Source on GitHub', href: SITE.repository }],
			editLink: { baseUrl: `${SITE.repository}/edit/${SITE.branch}/` },
			lastUpdated: true,
			customCss: ['./src/styles/global.css', './src/styles/practise.css'],
			components: {
				Footer: './src/components/Footer.astro',
				SiteTitle: './src/components/SiteTitle.astro',
			},
			sidebar: [
				{ label: 'The value chain', items: [{ autogenerate: { directory: 'value-chain' } }, { autogenerate: { directory: 'activities' } }] },
				{ label: 'Deliver and support', items: [{ autogenerate: { directory: 'deliver-and-support' } }] },
				{ label: 'Practices', items: [{ autogenerate: { directory: 'practices' } }] },
				{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
				{ label: 'Exam preparation', items: [{ autogenerate: { directory: 'exam' } }] },
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
	],
	vite: {
		build: {
			// The header's due-count script ships as its own file, never inlined into every page: a strict CSP can then allow it by origin.
			assetsInlineLimit: (file) => (file.includes('SiteTitle.astro_astro_type_script') ? false : undefined),
		},
	},
});
