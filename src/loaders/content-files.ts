import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { ContentError } from '../domain/content-errors.ts';
import { type Exercise, validateExercise } from '../domain/exercise.ts';
import { type QuestionBank, validateQuestionBanks } from '../domain/question-bank.ts';
import {
	checkReferences,
	type ReferenceData,
	type ReferenceDataName,
	referenceDataSchemas,
	validateDataFile,
} from '../domain/reference-data.ts';

/** Reads what authors write under content/ and validates it with the domain schemas; used by the build loaders and `npm run check`. */

export const CONTENT_DIRS = {
	quizzes: 'content/quizzes',
	exercises: 'content/exercises',
	data: 'content/data',
} as const;

interface YamlFile {
	file: string;
	data: unknown;
}

function yamlFilesIn(root: string, dir: string): string[] {
	try {
		return readdirSync(join(root, dir))
			.filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
			.sort()
			.map((name) => join(root, dir, name));
	} catch {
		return [];
	}
}

/** Parses one YAML file; a syntax error becomes a content error with its line and column. */
function readYaml(root: string, path: string, errors: ContentError[]): YamlFile | undefined {
	const file = relative(root, path);
	const document = parseDocument(readFileSync(path, 'utf8'));
	const [error] = document.errors;
	if (error) {
		const where = error.linePos?.[0];
		const at = where ? `line ${where.line}, column ${where.col}` : '(unknown line)';
		const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		errors.push({ file, id: at, field: '(YAML syntax)', message: `${problem}; check the indentation and quoting there` });
		return undefined;
	}
	return { file, data: document.toJS() };
}

function readYamlDir(root: string, dir: string, errors: ContentError[]): YamlFile[] {
	return yamlFilesIn(root, dir).flatMap((path) => readYaml(root, path, errors) ?? []);
}

export function readQuestionBanks(root: string): { banks: (QuestionBank & { file: string })[]; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const files = readYamlDir(root, CONTENT_DIRS.quizzes, errors);
	const result = validateQuestionBanks(files);
	const fileOf = new Map(files.map((file) => [(file.data as { id?: string } | null)?.id, file.file]));
	return {
		banks: result.banks.map((bank) => ({ ...bank, file: fileOf.get(bank.id) ?? '' })),
		errors: [...errors, ...result.errors],
	};
}

export function readExercises(root: string): { exercises: (Exercise & { file: string })[]; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const exercises: (Exercise & { file: string })[] = [];
	const seen = new Map<string, string>();
	for (const { file, data } of readYamlDir(root, CONTENT_DIRS.exercises, errors)) {
		const result = validateExercise(file, data);
		errors.push(...result.errors);
		if (!result.exercise) continue;
		const other = seen.get(result.exercise.id);
		if (other) errors.push({ file, id: result.exercise.id, field: 'id', message: `exercise id is already used by ${other}; choose a new one` });
		seen.set(result.exercise.id, file);
		exercises.push({ ...result.exercise, file });
	}
	return { exercises, errors };
}

export function dataFileOf(name: ReferenceDataName): string {
	return `${CONTENT_DIRS.data}/${name}.yaml`;
}

export function readReferenceData(root: string): { data: ReferenceData; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const data = {} as ReferenceData;
	const files = {} as Record<ReferenceDataName, string>;
	for (const name of Object.keys(referenceDataSchemas) as ReferenceDataName[]) {
		files[name] = dataFileOf(name);
		const path = join(root, files[name]);
		if (!existsSync(path)) {
			errors.push({ file: files[name], id: name, field: '(the file)', message: `the file is missing; create it with a YAML list of ${name} entries` });
		}
		const parsed = existsSync(path) ? readYaml(root, path, errors) : undefined;
		const result = parsed ? validateDataFile(name, files[name], parsed.data ?? []) : { entries: [], errors: [] };
		errors.push(...result.errors);
		(data as Record<ReferenceDataName, unknown[]>)[name] = result.entries;
	}
	if (errors.length === 0) errors.push(...checkReferences(data, files));
	return { data, errors };
}

/** Every content error in the project, for `npm run check` and the tests. */
export function validateAllContent(root: string): ContentError[] {
	return [...readQuestionBanks(root).errors, ...readExercises(root).errors, ...readReferenceData(root).errors];
}
