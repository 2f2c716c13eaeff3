import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from '../domain/link-check.ts';

/** Every HTML page under dist/, with its site path. */
export function readBuiltPages(distDir: string): BuiltPage[] {
	const pages: BuiltPage[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(full);
			} else if (entry.name === 'index.html') {
				const path = relative(distDir, dir).split(sep).join('/');
				pages.push({ path: path ? `/${path}/` : '/', html: readFileSync(full, 'utf8') });
			}
		}
	};
	walk(distDir);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file an author edits for a page, so an error can say where to look. */
export function sourceFileOf(root: string, path: string): string | undefined {
	const name = path === '/' ? 'index' : path.slice(1, -1);
	for (const candidate of [`content/docs/${name}.mdx`, `content/docs/${name}/index.mdx`, `content/docs/${name}.md`]) {
		if (existsSync(join(root, candidate))) return candidate;
	}
	return undefined;
}
