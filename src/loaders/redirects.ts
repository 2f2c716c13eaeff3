import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The redirects authors keep in content/redirects.yaml (old path → new path). */
export function readRedirects(root: string): Record<string, string> {
	return (parse(readFileSync(join(root, 'content/redirects.yaml'), 'utf8')) ?? {}) as Record<string, string>;
}
