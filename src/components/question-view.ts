import { readFileSync } from 'node:fs';
import { inlineMarkdown, splitStem } from '~/domain/markdown';
import type { Question } from '~/domain/question-bank';
import type { QuizQuestionView } from '~/islands/Quiz';
import { reportProblemUrl, repositoryFileUrl } from '~/site-config';

/** The line of a bank file where a question starts, so "edit this question" lands on it. */
function lineOf(file: string, questionId: string): number | undefined {
	const lines = readFileSync(file, 'utf8').split('\n');
	const index = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*['"]?${questionId}['"]?\\s*$`).test(line));
	return index >= 0 ? index + 1 : undefined;
}

/** A question as the Quiz island needs it: Markdown rendered, links to report it and to its source. */
export function questionView(question: Question, bankFile: string | undefined, pageUrl: URL): QuizQuestionView {
	const line = bankFile ? lineOf(bankFile, question.id) : undefined;
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
		reportUrl: reportProblemUrl({ pageUrl: pageUrl.href, questionId: question.id }),
		sourceUrl: bankFile ? `${repositoryFileUrl(bankFile)}${line ? `#L${line}` : ''}` : undefined,
	};
}
