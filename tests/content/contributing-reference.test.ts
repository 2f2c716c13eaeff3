import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { exerciseSchema } from '../../src/domain/exercise.ts';
import { questionBankSchema, questionSchema } from '../../src/domain/question-bank.ts';
import { referenceDataSchemas } from '../../src/domain/reference-data.ts';

/** CONTRIBUTING.md documents every schema field; this keeps the reference and the zod schemas from drifting apart. */
const guide = readFileSync('CONTRIBUTING.md', 'utf8');

function section(heading: string): string {
	const start = guide.indexOf(heading);
	if (start < 0) throw new Error(`CONTRIBUTING.md has no section "${heading}"`);
	const next = guide.indexOf('\n#', start + heading.length);
	return guide.slice(start, next < 0 ? undefined : next);
}

const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

const documented: [string, string, string[]][] = [
	['question bank', '### Question bank schema', [...keysOf(questionBankSchema), ...keysOf(questionSchema)]],
	['exercise', '### Exercise schema', keysOf(exerciseSchema)],
	['activity', '### Activities schema', keysOf(referenceDataSchemas.activities)],
	['practice', '### Practices schema', keysOf(referenceDataSchemas.practices)],
	['role', '### Roles schema', keysOf(referenceDataSchemas.roles)],
	['glossary term', '### Glossary schema', keysOf(referenceDataSchemas.glossary)],
	['record type', '### Record types schema', keysOf(referenceDataSchemas['record-types'])],
];

describe('the schema reference in CONTRIBUTING.md', () => {
	it.each(documented)('documents every %s field', (_name, heading, keys) => {
		const text = section(heading);
		expect(keys.filter((key) => !new RegExp(`\`${key}\`|\`[^\`]*\\.${key}\``).test(text) && !text.includes(`\`questions[].${key}\``))).toEqual([]);
	});
});
