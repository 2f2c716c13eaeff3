// Records every page and anchor of the built site (run `astro build` first) in urls.manifest.json.
// Commit the result: the tests then fail if any recorded address disappears without a redirect.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { permanentUrls } from '../src/domain/url-manifest.ts';
import { readBuiltPages } from '../src/loaders/built-site.ts';

const urls = permanentUrls(readBuiltPages(join(process.cwd(), 'dist')));
writeFileSync('urls.manifest.json', `${JSON.stringify(urls, null, '\t')}\n`);
console.log(`Recorded ${urls.length} permanent URLs in urls.manifest.json.`);
