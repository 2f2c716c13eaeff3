// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.ts';
import { SITE } from './src/site-config.ts';

const base = process.env.BASE_PATH ?? '/';

// Deploys set SITE_URL and, for a sub-path such as a GitHub Pages project site, BASE_PATH.
export default defineConfig({
	site: process.env.SITE_URL ?? SITE.defaultUrl,
	base,
	trailingSlash: 'always',
	markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }) },
	integrations: [
		starlight({
			title: SITE.title,
			description: SITE.description,
			social: [{ icon: 'github', label: 'Source on GitHub', href: SITE.repository }],
			editLink: { baseUrl: `${SITE.repository}/edit/${SITE.branch}/` },
			lastUpdated: true,
			customCss: ['./src/styles/global.css'],
			components: {
				Footer: './src/components/Footer.astro',
			},
			sidebar: [
				{ label: 'The value chain', items: [{ autogenerate: { directory: 'value-chain' } }, { autogenerate: { directory: 'activities' } }] },
				{ label: 'Deliver and support', items: [{ autogenerate: { directory: 'deliver-and-support' } }] },
				{ label: 'Practices', items: [{ autogenerate: { directory: 'practices' } }] },
				{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
				{ label: 'Exam preparation', items: [{ autogenerate: { directory: 'exam' } }] },
				{ label: 'For trainers', collapsed: true, items: [{ autogenerate: { directory: 'trainers' } }, { label: 'Link catalogue', link: '/trainers/links/' }] },
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
});
