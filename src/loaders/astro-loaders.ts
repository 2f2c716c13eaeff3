import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { type ContentError, ContentValidationError } from '../domain/content-errors.ts';

interface LoadedEntry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
}

/**
 * Wraps one of the content readers as an Astro loader. The readers validate across files (unique question ids,
 * cross-references) which a per-entry schema cannot, so the loader stops the build with every error they report.
 */
export function validatedLoader(name: string, watchDir: string, read: (root: string) => { entries: LoadedEntry[]; errors: ContentError[] }): Loader {
	return {
		name,
		async load({ store, config, watcher, logger }) {
			const root = fileURLToPath(config.root);
			const sync = () => {
				const { entries, errors } = read(root);
				if (errors.length > 0) throw new ContentValidationError(errors);
				store.clear();
				for (const entry of entries) store.set(entry);
			};
			sync();
			watcher?.add(`${root}/${watchDir}`);
			watcher?.on('change', (changed) => {
				if (!changed.includes(watchDir)) return;
				try {
					sync();
				} catch (error) {
					logger.error(String((error as Error).message));
				}
			});
		},
	};
}
