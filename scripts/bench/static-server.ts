import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the benchmark counts a fetched file as. */
export type ResourceKind = 'html' | 'css' | 'js' | 'search-data' | 'other';

export interface ServedFile {
	path: string;
	kind: ResourceKind;
	/** Bytes on disk. */
	raw: number;
	/** Bytes as transferred: gzip (zlib level 6, as most hosts use) for text, as-is for files that are already compressed. */
	transferred: number;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export function kindOf(path: string): ResourceKind {
	const ext = extname(path);
	if (ext === '.html' || path.endsWith('/')) return 'html';
	if (ext === '.css') return 'css';
	if (ext === '.js' || ext === '.mjs') return 'js';
	// Pagefind's index, fragments, metadata and WebAssembly (already gzip-compressed by Pagefind) and its entry JSON.
	if (path.includes('/pagefind/')) return 'search-data';
	return 'other';
}

/**
 * A static file server for a built site that compresses text like a real host and logs every file it serves, so the
 * benchmark can count what a page fetched in each phase without relying on the browser reporting worker requests.
 */
export async function serveStatic(root: string): Promise<{ url: string; log: ServedFile[]; server: Server; close: () => Promise<void> }> {
	const log: ServedFile[] = [];
	const cache = new Map<string, { body: Buffer; gzip: Buffer | undefined }>();
	const read = (file: string) => {
		let entry = cache.get(file);
		if (!entry) {
			const body = readFileSync(file);
			entry = { body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body) : undefined };
			cache.set(file, entry);
		}
		return entry;
	};
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end();
			return;
		}
		let file = normalize(join(root, pathname));
		if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
			if (!existsSync(file)) {
				response.writeHead(404).end();
				return;
			}
		}
		const { body, gzip } = read(file);
		const useGzip = gzip !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const sent = useGzip ? gzip : body;
		log.push({ path: pathname, kind: kindOf(file === join(root, '404.html') ? '/' : pathname), raw: body.length, transferred: gzip?.length ?? body.length });
		response.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': String(sent.length),
			'cache-control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			...(useGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
		});
		response.end(request.method === 'HEAD' ? undefined : sent);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		log,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Sums the transferred bytes of logged files by kind. */
export function totals(files: readonly ServedFile[]): Record<ResourceKind, number> & { files: number } {
	const sum = { html: 0, css: 0, js: 0, 'search-data': 0, other: 0, files: files.length };
	for (const file of files) sum[file.kind] += file.transferred;
	return sum;
}
