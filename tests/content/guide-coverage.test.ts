import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, longSentences, proseOfMdx } from '../../src/domain/prose.ts';
import type { Question } from '../../src/domain/question-bank.ts';
import { CONFUSION_IDS } from '../../src/domain/syllabus.ts';
import { readQuestionBanks, readReferenceData } from '../../src/loaders/content-files.ts';

const root = process.cwd();
const docsDir = join(root, 'content/docs');

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
	);
}

const pages = mdxFiles(docsDir).map((path) => ({ file: relative(root, path), source: readFileSync(path, 'utf8') }));
const questions: Question[] = readQuestionBanks(root).banks.flatMap((bank) => bank.questions);

/** Pages that gather or point rather than teach: the home page, the glossary and hub-like pages. */
const HUB_PAGES = new Set(['content/docs/index.mdx', 'content/docs/glossary.mdx']);

describe('question coverage', () => {
	const tally = (key: (question: Question) => string | undefined) =>
		questions.reduce<Record<string, number>>((counts, question) => {
			const value = key(question);
			if (value) counts[value] = (counts[value] ?? 0) + 1;
			return counts;
		}, {});
	const byStyle = tally((question) => question.style);
	const byTopic = tally((question) => question.topic);
	const byOutcome = tally((question) => question.outcome);
	const byConfusion = tally((question) => question.confusion);

	it('reports the counts by style, topic and outcome', () => {
		console.log(JSON.stringify({ total: questions.length, byStyle, byTopic, byOutcome, byConfusion }, null, 2));
		expect(questions.length).toBeGreaterThanOrEqual(150);
	});

	it('has at least 40 questions on Deliver and support itself', () => {
		expect(byTopic['deliver-and-support'] ?? 0).toBeGreaterThanOrEqual(40);
	});

	it('uses all four exam styles in the required numbers', () => {
		expect(byStyle.negative ?? 0).toBeGreaterThanOrEqual(15);
		expect(byStyle.list ?? 0).toBeGreaterThanOrEqual(15);
		expect(byStyle['missing-word'] ?? 0).toBeGreaterThanOrEqual(10);
		expect(byStyle.standard ?? 0).toBeGreaterThan(0);
	});

	it.each(CONFUSION_IDS)('aims at least 3 questions at the confusion %s', (confusion) => {
		expect(byConfusion[confusion] ?? 0).toBeGreaterThanOrEqual(3);
	});
});

describe('pages', () => {
	it.each(pages.filter((page) => !HUB_PAGES.has(page.file)).map((page) => [page.file, page.source]))('%s has at least 300 words of prose', (_file, source) => {
		expect(countWords(proseOfMdx(source))).toBeGreaterThanOrEqual(300);
	});

	it('never repeat a sentence of 12 or more words on two pages', () => {
		const seen = new Map<string, string>();
		const repeats: string[] = [];
		for (const page of pages) {
			for (const sentence of new Set(longSentences(proseOfMdx(page.source)))) {
				const other = seen.get(sentence);
				if (other && other !== page.file) repeats.push(`"${sentence}" is on ${other} and ${page.file}`);
				else seen.set(sentence, page.file);
			}
		}
		expect(repeats).toEqual([]);
	});

	it('link glossary terms only to entries that exist', () => {
		const terms = new Set(readReferenceData(root).data.glossary.map((term) => term.id));
		const broken = pages.flatMap((page) =>
			[...page.source.matchAll(/\/glossary\/#([a-z0-9-]+)/g)].filter((match) => !terms.has(match[1]!)).map((match) => `${page.file}: #${match[1]}`),
		);
		expect(broken).toEqual([]);
	});

	it('end every topic page with a self-check quiz from a bank that names that page', () => {
		const banks = new Map(readQuestionBanks(root).banks.map((bank) => [bank.id, bank.page]));
		const problems = pages.flatMap((page) => {
			const bankIds = [...page.source.matchAll(/<QuestionBank bank="([^"]+)"/g)].map((match) => match[1]!);
			const path = `/${page.file.replace(/^content\/docs\//, '').replace(/(index)?\.mdx$/, '')}`.replace(/([^/])$/, '$1/');
			return bankIds.filter((id) => banks.get(id) !== path).map((id) => `${page.file} shows bank "${id}", whose page is ${banks.get(id) ?? '(no such bank)'}`);
		});
		expect(problems).toEqual([]);
	});
});

describe('glossary', () => {
	it('has at least 40 terms, each with its own anchor', () => {
		const terms = readReferenceData(root).data.glossary;
		expect(terms.length).toBeGreaterThanOrEqual(40);
		expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
	});
});

describe('links from data to pages', () => {
	const pagePaths = new Set(pages.map((page) => `/${page.file.replace(/^content\/docs\//, '').replace(/(index)?\.mdx$/, '')}`.replace(/([^/])$/, '$1/')));
	const { data } = readReferenceData(root);
	const named = [
		...readQuestionBanks(root).banks.map((bank) => [`quiz bank ${bank.id}`, bank.page] as const),
		...data.activities.map((activity) => [`activity ${activity.id}`, activity.page] as const),
		...data.practices.flatMap((practice) => (practice.page ? [[`practice ${practice.id}`, practice.page] as const] : [])),
		...data.glossary.map((term) => [`glossary term ${term.id}`, term.page] as const),
	];

	it.each(named)('%s points at a page that exists (%s)', (_what, path) => {
		expect(pagePaths.has(path)).toBe(true);
	});
});
