import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildEnv } from '../../tests/e2e/build-env.ts';

export interface BuildResult {
	/** Wall-clock time of the whole `astro build`, Pagefind included. */
	ms: number;
	/** index.html files in dist/ (every page, including question and handout pages). */
	pages: number;
	/** Pagefind's own timing, read from the build log. */
	pagefindMs?: number;
	/** Total bytes under dist/pagefind and, of those, the index itself (index, fragments, metadata, WebAssembly). */
	pagefindBytes: number;
	pagefindIndexBytes: number;
}

/** Runs `astro build` in a project folder with the Node that runs the bench, without any BASE_PATH so paths stay at /. */
export async function buildSite(root: string): Promise<BuildResult> {
	const env = buildEnv();
	delete env.BASE_PATH;
	const started = performance.now();
	const output = await new Promise<string>((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env });
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`astro build failed in ${root} (exit ${code}):\n${log.slice(-4000)}`))));
	});
	const ms = performance.now() - started;
	const dist = join(root, 'dist');
	const pagefind = join(dist, 'pagefind');
	const pagefindMs = output.match(/Finished building search index in ([\d.]+)\s*(ms|s)/);
	return {
		ms,
		pages: countFiles(dist, (name, dir) => name === 'index.html' && !relative(dist, dir).startsWith('pagefind')),
		pagefindMs: pagefindMs ? Number(pagefindMs[1]) * (pagefindMs[2] === 's' ? 1000 : 1) : undefined,
		pagefindBytes: dirBytes(pagefind),
		pagefindIndexBytes: dirBytes(pagefind, (name) => !/\.(js|css)$/.test(name)),
	};
}

export function dirBytes(dir: string, include: (name: string) => boolean = () => true): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) total += dirBytes(full, include);
		else if (include(entry.name)) total += statSync(full).size;
	}
	return total;
}

function countFiles(dir: string, match: (name: string, dir: string) => boolean): number {
	let count = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) count += countFiles(join(dir, entry.name), match);
		else if (match(entry.name, dir)) count += 1;
	}
	return count;
}

/**
 * Gives a temporary project this project's installed packages. A symlinked node_modules breaks Astro's build, so the
 * folder is copied as hard links (cheap and fast); the caches that builds rewrite in place are dropped from the copy
 * so that writing them cannot change this project's files through a shared inode.
 */
export function linkNodeModules(from: string, to: string) {
	const copy = spawnSync('cp', ['-al', join(from, 'node_modules'), join(to, 'node_modules')], { encoding: 'utf8' });
	if (copy.status !== 0) throw new Error(`cp -al node_modules failed: ${copy.stderr}`);
	for (const cache of ['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']) rmSync(join(to, 'node_modules', cache), { recursive: true, force: true });
}

export function tempFolder(name: string): string {
	return mkdtempSync(join(tmpdir(), `${name}-`));
}

/** A bare Starlight site (one page, default config) built from the same installed packages: the baseline. */
export function writeBareStarlight(projectRoot: string): string {
	const root = tempFolder('bench-bare-starlight');
	// The dependencies must be listed: Astro bundles the packages a project depends on that build on Astro, and an
	// unlisted Starlight would be left to Node, which cannot load its astro: imports.
	const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const files: Record<string, string> = {
		'package.json': JSON.stringify(
			{ name: 'bare-starlight', private: true, type: 'module', dependencies: { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] } },
			null,
			2,
		),
		'astro.config.mjs': [
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'',
			"export default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });",
			'',
		].join('\n'),
		'src/content.config.ts': [
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
		'src/content/docs/index.md': [
			'---',
			'title: A bare Starlight page',
			'description: The baseline page for the benchmark, with default configuration.',
			'---',
			'',
			'This page is the baseline: Starlight with its default configuration and nothing added.',
			'',
			'## A first section',
			'',
			'A short paragraph of plain text, so that the page has a table of contents like a real guide page.',
			'',
			'## A second section',
			'',
			'Another short paragraph of plain text.',
			'',
		].join('\n'),
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	linkNodeModules(projectRoot, root);
	return root;
}

const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-results', 'test-results']);

/**
 * A copy of this project with `factor` times today's guide pages, question banks and exercises. Copy n of a page lives
 * at /copy-n/<its path>/ with " (copy n)" in its title; copy n of a bank or exercise gets the id "<id>-copy-n" (a
 * bank's questions "<id>-cn") and points at the copied page. Copies stay out of the sidebar, so the sidebar keeps today's size and the
 * growth measured is that of the content itself.
 */
export function writeScaledProject(projectRoot: string, factor: number): string {
	const root = tempFolder(`bench-scale-${factor}x`);
	cpSync(projectRoot, root, { recursive: true, filter: (source) => !NOT_COPIED.has(relative(projectRoot, source).split('/')[0]!) });
	linkNodeModules(projectRoot, root);
	const docs = join(root, 'content/docs');
	const quizzes = join(root, 'content/quizzes');
	const exercises = join(root, 'content/exercises');
	const pages = listFiles(docs).filter((path) => /\.mdx?$/.test(path) && !path.split('/').some((part) => part.startsWith('_')));
	const yamlIn = (dir: string) => readdirSync(dir).filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'));
	const banks = yamlIn(quizzes);
	const exerciseFiles = yamlIn(exercises);
	for (let copy = 2; copy <= factor; copy++) {
		for (const page of pages) {
			const text = readFileSync(join(docs, page), 'utf8')
				.replace(/^(---\n[\s\S]*?^title:\s*)(.+)$/m, (_, head: string, title: string) => `${head}${retitle(title, copy)}`)
				.replace(/<QuestionBank bank="([a-z0-9-]+)"/g, (_, id: string) => `<QuestionBank bank="${id}-copy-${copy}"`)
				.replace(/<Exercise id="([a-z0-9-]+)"/g, (_, id: string) => `<Exercise id="${id}-copy-${copy}"`);
			const target = join(docs, `copy-${copy}`, page);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, text);
		}
		for (const name of banks) {
			const bank = parse(readFileSync(join(quizzes, name), 'utf8')) as { id: string; title: string; page: string; questions: { id: string }[] };
			bank.id = `${bank.id}-copy-${copy}`;
			bank.title = `${bank.title} (copy ${copy})`;
			bank.page = `/copy-${copy}${bank.page}`;
			for (const question of bank.questions) question.id = `${question.id}-c${copy}`;
			writeFileSync(join(quizzes, `${bank.id}.yaml`), stringify(bank));
		}
		for (const name of exerciseFiles) {
			const exercise = parse(readFileSync(join(exercises, name), 'utf8')) as { id: string; page: string };
			exercise.id = `${exercise.id}-copy-${copy}`;
			exercise.page = `/copy-${copy}${exercise.page}`;
			writeFileSync(join(exercises, `${exercise.id}.yaml`), stringify(exercise));
		}
	}
	return root;
}

/** A front-matter title with the copy number, keeping YAML quoting intact. */
function retitle(title: string, copy: number): string {
	const quoted = title.match(/^(["'])(.*)\1\s*$/);
	return quoted ? `${quoted[1]}${quoted[2]} (copy ${copy})${quoted[1]}` : `${title.trim()} (copy ${copy})`;
}

function listFiles(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
	);
}
