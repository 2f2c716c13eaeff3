import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { exerciseSchema } from './domain/exercise.ts';
import { questionBankSchema } from './domain/question-bank.ts';
import { type ReferenceDataName, referenceDataSchemas } from './domain/reference-data.ts';
import { validatedLoader } from './loaders/astro-loaders.ts';
import { CONTENT_DIRS, dataFileOf, readExercises, readQuestionBanks, readReferenceData } from './loaders/content-files.ts';

/**
 * The contract for contributors: pages in content/docs, question banks in content/quizzes, exercises in
 * content/exercises, shared facts in content/data. The schemas live in src/domain so tests and `npm run check`
 * use exactly the same rules as the build.
 */

const quizzes = defineCollection({
	loader: validatedLoader('question-banks', CONTENT_DIRS.quizzes, (root) => {
		const { banks, errors } = readQuestionBanks(root);
		return { entries: banks.map(({ file, ...bank }) => ({ id: bank.id, data: bank, filePath: file })), errors };
	}),
	schema: questionBankSchema,
});

const exercises = defineCollection({
	loader: validatedLoader('exercises', CONTENT_DIRS.exercises, (root) => {
		const { exercises, errors } = readExercises(root);
		return { entries: exercises.map(({ file, ...exercise }) => ({ id: exercise.id, data: exercise, filePath: file })), errors };
	}),
	schema: exerciseSchema,
});

/** Loads one content/data file; every data file is read and cross-checked together, so one mistake stops them all. */
function dataLoader(name: ReferenceDataName) {
	return validatedLoader(`data-${name}`, CONTENT_DIRS.data, (root) => {
		const { data, errors } = readReferenceData(root);
		const entries = data[name] as readonly { id: string }[];
		return { entries: entries.map((entry) => ({ id: entry.id, data: { ...entry }, filePath: dataFileOf(name) })), errors };
	});
}

export const collections = {
	docs: defineCollection({ loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }),
	quizzes,
	exercises,
	activities: defineCollection({ loader: dataLoader('activities'), schema: referenceDataSchemas.activities }),
	practices: defineCollection({ loader: dataLoader('practices'), schema: referenceDataSchemas.practices }),
	roles: defineCollection({ loader: dataLoader('roles'), schema: referenceDataSchemas.roles }),
	glossary: defineCollection({ loader: dataLoader('glossary'), schema: referenceDataSchemas.glossary }),
	recordTypes: defineCollection({ loader: dataLoader('record-types'), schema: referenceDataSchemas['record-types'] }),
};
