import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Sidebar links for one folder of content/docs, ordered by each page's `sidebar.order` and then its title.
 * Starlight's own `autogenerate` only looks in src/content/docs, and this project keeps pages in content/docs.
 */
export function sidebarItems(docsDir: string, directory: string): { slug: string }[] {
	const folder = join(docsDir, directory);
	return readdirSync(folder)
		.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
		.map((name) => {
			const frontmatter = readFileSync(join(folder, name), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
			const data = (parse(frontmatter) ?? {}) as { title?: string; sidebar?: { order?: number; hidden?: boolean } };
			const slug = name.replace(/\.mdx?$/, '') === 'index' ? directory : `${directory}/${name.replace(/\.mdx?$/, '')}`;
			return { slug, order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, title: data.title ?? slug, hidden: data.sidebar?.hidden ?? false };
		})
		.filter((page) => !page.hidden)
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
		.map(({ slug }) => ({ slug }));
}
