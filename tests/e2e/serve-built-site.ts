import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './build-env.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const root = new URL('../../', import.meta.url);

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output()}`);
		try {
			const response = await fetch(url);
			if (response.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`astro preview did not answer at ${url} within 60 s:\n${output()}`);
}

/** Builds the production site once per run (skip with E2E_SKIP_BUILD=1 when dist/ is fresh) and serves it on 127.0.0.1. */
export default async function serveBuiltSite(project: TestProject) {
	if (!process.env.E2E_SKIP_BUILD) {
		const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: buildEnv() });
		if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
	}
	const port = await freePort();
	let log = '';
	const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { cwd: root, env: buildEnv(), detached: true });
	preview.stdout?.on('data', (chunk) => (log += chunk));
	preview.stderr?.on('data', (chunk) => (log += chunk));
	const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
	const baseUrl = `http://127.0.0.1:${port}${base}`;
	const stop = () => {
		if (preview.pid && preview.exitCode === null) process.kill(-preview.pid, 'SIGTERM');
	};
	try {
		await waitForServer(baseUrl, preview, () => log);
	} catch (error) {
		stop();
		throw error;
	}
	project.provide('baseUrl', baseUrl);
	return stop;
}
