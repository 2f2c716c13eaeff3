// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.ts';
import { sidebarItems } from './src/navigation/sidebar.ts';
import { readRedirects } from './src/loaders/redirects.ts';
import { SITE } from './src/site-config.ts';

const base = process.env.BASE_PATH ?? '/';
const pagesIn = (directory) => sidebarItems('./content/docs', directory);

// Deploys set SITE_URL and, for a sub-path such as a GitHub Pages project site, BASE_PATH.
export default defineConfig({
	site: process.env.SITE_URL ?? SITE.defaultUrl,
	base,
	trailingSlash: 'always',
	redirects: readRedirects('.'),
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
				MarkdownContent: './src/components/MarkdownContent.astro',
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
