// Validates everything under content/ with the same schemas the build uses, and lists every mistake at once.
import { formatContentError } from '../src/domain/content-errors.ts';
import { validateAllContent } from '../src/loaders/content-files.ts';

const errors = validateAllContent(process.cwd());
if (errors.length > 0) {
	console.error(`Content check failed with ${errors.length} error${errors.length === 1 ? '' : 's'}:`);
	for (const error of errors) console.error(`  - ${formatContentError(error)}`);
	process.exit(1);
}
console.log('Content check passed.');
