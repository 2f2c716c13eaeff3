import type { Question, QuestionBank } from '~/domain/question-bank';
import { inlineMarkdown, splitStem } from '~/domain/markdown';
import { questionAnchor, type QuizQuestionView } from '~/islands/Quiz';
import type { CatalogueQuestion, PracticeCatalogue } from '~/islands/practice-catalogue';
import { withBase } from './links';

/** A question as the Quiz island shows it: plain, serializable, its Markdown rendered to HTML at build time. */
export function quizQuestionView(question: Question): QuizQuestionView {
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
