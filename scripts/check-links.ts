// Checks every link and anchor in the built site (run `astro build` first). Each error names the source file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks } from '../src/domain/link-check.ts';
import { readBuiltPages, sourceFileOf } from '../src/loaders/built-site.ts';

const root = process.cwd();
const broken = findBrokenLinks(readBuiltPages(join(root, 'dist')), process.env.BASE_PATH ?? '/');
if (broken.length > 0) {
	console.error(`Link check failed with ${broken.length} broken link${broken.length === 1 ? '' : 's'}:`);
	for (const link of broken) {
		const source = sourceFileOf(root, link.page);
		const line = source ? readFileSync(join(root, source), 'utf8').split('\n').findIndex((text) => text.includes(link.href)) + 1 : 0;
		const where = source ? `${source}${line > 0 ? `:${line}` : ''}` : `the page ${link.page} (generated)`;
		console.error(`  - ${where}: link "${link.href}": ${link.reason}. Correct the link, or add the page or heading it points at.`);
	}
	process.exit(1);
}
console.log('Link check passed.');
