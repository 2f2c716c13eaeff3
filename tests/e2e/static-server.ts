import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};

/**
 * Serves a built site from a folder under a base path, reading every file afresh on each request, for tests that
 * need a build other than the main one (a sub-path deploy, or a "new deploy" made by changing files).
 */
export async function serveFolder(folder: string, base = '/'): Promise<{ origin: string; close: () => void; server: Server }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return void response.writeHead(404).end('outside the base path');
		let file = normalize(join(folder, path.slice(base.length)));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(folder) || !existsSync(file)) return void response.writeHead(404).end('not found');
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close(), server };
}
