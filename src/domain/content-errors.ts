import type { z } from 'zod';

/** One thing wrong with an author's file, precise enough to fix without reading the code. */
export interface ContentError {
	file: string;
	/** The id of the entry at fault (a question, a term, an activity), or the file itself. */
	id: string;
	/** Dotted path of the field inside that entry, such as `options[2].rationale`. */
	field: string;
	message: string;
}

export function formatContentError(error: ContentError): string {
	return `${error.file}: "${error.id}", field "${error.field}": ${error.message}`;
}

/** Thrown by loaders and the content check so that the build stops with every mistake listed. */
export class ContentValidationError extends Error {
	readonly errors: ContentError[];

	constructor(errors: ContentError[]) {
		super(
			`Content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
				errors.map((error) => `  - ${formatContentError(error)}`).join('\n'),
		);
		this.name = 'ContentValidationError';
		this.errors = errors;
	}
}

type PathPart = PropertyKey;

function formatPath(path: readonly PathPart[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

/**
 * Turns zod issues for a file that holds a list of entries into content errors.
 * `listKey` is where the list sits (`questions` in a bank, or `''` for a top-level array);
 * the entry's own id names it, falling back to its position when the id itself is missing.
 */
export function issuesToContentErrors(
	file: string,
	data: unknown,
	issues: readonly z.core.$ZodIssue[],
	listKey: string,
	fileId: string,
): ContentError[] {
	return issues.map((issue) => {
		const path = issue.path;
		const listStart = listKey === '' ? 0 : path[0] === listKey ? 1 : -1;
		if (listStart >= 0 && typeof path[listStart] === 'number') {
			const index = path[listStart] as number;
			const list = listKey === '' ? data : (data as Record<string, unknown> | null)?.[listKey];
			const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
			const entryId = typeof entry?.id === 'string' ? entry.id : `entry #${index + 1}`;
			const field = formatPath(path.slice(listStart + 1)) || '(the entry)';
			return { file, id: entryId, field, message: issue.message };
		}
		return { file, id: fileId, field: formatPath(path) || '(the file)', message: issue.message };
	});
}
