import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of the built site, as a site path ("/deliver-and-support/"), found from dist/ so a new page is covered by default. */
export function builtPagePaths(distDir = join(process.cwd(), 'dist')): string[] {
	const paths: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
			} else if (entry.name === 'index.html') {
				const dirPath = relative(distDir, dir).split(sep).join('/');
				paths.push(dirPath ? `/${dirPath}/` : '/');
			}
		}
	};
	walk(distDir);
	return paths.sort();
}
