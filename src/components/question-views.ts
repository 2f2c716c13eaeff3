import { readFileSync } from 'node:fs';
import type { Question, QuestionBank } from '~/domain/question-bank';
import { inlineMarkdown, splitStem } from '~/domain/markdown';
import { questionAnchor, type QuizQuestionView } from '~/islands/Quiz';
import type { CatalogueQuestion, PracticeCatalogue } from '~/islands/practice-catalogue';
import { reportProblemUrl, repositoryFileUrl } from '~/site-config';
import { withBase } from './links';

/** The line of a bank file where a question starts, so "Edit this question" lands on it. */
function lineOf(file: string, questionId: string): number | undefined {
	const lines = readFileSync(file, 'utf8').split('\n');
	const index = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*['"]?${questionId}['"]?\\s*$`).test(line));
	return index >= 0 ? index + 1 : undefined;
}

/** Where a question is shown and where it is written, for its "Report a problem" and "Edit this question" links. */
export interface QuestionLinks {
	pageUrl: URL;
	bankFile: string | undefined;
}

/** A question as the Quiz island shows it: plain, serializable, its Markdown rendered to HTML at build time. */
export function quizQuestionView(question: Question, links?: QuestionLinks): QuizQuestionView {
	const line = links?.bankFile ? lineOf(links.bankFile, question.id) : undefined;
	return {
		id: question.id,
		type: question.type,
		choose: question.choose,
		...splitStem(question.stem),
		options: question.options.map((option) => ({
			html: inlineMarkdown(option.text),
			correct: option.correct,
			rationaleHtml: inlineMarkdown(option.rationale),
		})),
		...(links && {
			reportUrl: reportProblemUrl({ pageUrl: links.pageUrl.href, questionId: question.id }),
			sourceUrl: links.bankFile ? `${repositoryFileUrl(links.bankFile)}${line ? `#L${line}` : ''}` : undefined,
		}),
	};
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The stem's first sentence or so as plain text, for a list of questions. */
export function questionSummary(legendHtml: string, max = 120): string {
	const text = legendHtml.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity).replace(/\s+/g, ' ').trim();
	return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Every question of every bank, with where it comes from: what the Review and Mock exam pages draw on. */
export function practiceCatalogue(banks: readonly QuestionBank[]): PracticeCatalogue {
	const sorted = [...banks].sort((a, b) => a.id.localeCompare(b.id));
	return {
		banks: sorted.map((bank) => ({ id: bank.id, title: bank.title, href: withBase(bank.page) })),
		questions: sorted.flatMap((bank) =>
			bank.questions.map((question): CatalogueQuestion => {
				const view = quizQuestionView(question);
				return {
					...view,
					source: { title: bank.title, href: `${withBase(bank.page)}#${questionAnchor(question.id)}` },
					bankId: bank.id,
					outcome: question.outcome,
					topic: question.topic,
					summary: questionSummary(view.legendHtml),
				};
			}),
		),
	};
}
