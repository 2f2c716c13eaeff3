import { useEffect, useRef, useState } from 'preact/hooks';
import { gradeQuestion, missedQuestionIds, type QuestionResult, requiredChoices, scoreQuiz } from '../domain/grading.ts';
import type { AnswerSource, ProgressNotice } from '../domain/progress-store.ts';
import { progressStore } from './browser-progress.ts';
import { QUIZ_STRINGS as T } from './quiz-strings.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { ProgressNotices } from './ProgressNotices.tsx';

/** What the server hands the island: plain, serializable, Markdown already rendered to HTML at build time. */
export interface QuizOptionView {
	html: string;
	correct: boolean;
	rationaleHtml: string;
}

export interface QuizQuestionView {
	id: string;
	type: 'single' | 'multiple';
	choose?: number;
	/** The stem's first paragraph, inline HTML that fits in a legend. */
	legendHtml: string;
	/** Any further stem content (a numbered list of statements, say). */
	bodyHtml: string;
	options: QuizOptionView[];
	/** A pre-filled issue naming this question, and its source in the repository. */
	reportUrl?: string;
	sourceUrl?: string;
	/** Where the question comes from, for a quiz that gathers questions from several banks (the Review page). */
	source?: { title: string; href: string };
}

export type QuizMode = 'learn' | 'exam';

export interface QuizProps {
	bankId: string;
	title: string;
	questions: QuizQuestionView[];
	mode?: QuizMode;
	/** Show the learner's saved answers when the quiz opens (default). False starts every question fresh, as a review does. */
	restoreSaved?: boolean;
	/** Recorded with each answer, so the attempt history says where it was given. */
	answerSource?: AnswerSource;
	/** Show storage notices (default). False when the page around the quiz shows them already. */
	showNotices?: boolean;
}

type Choices = Record<string, number[]>;
type Results = Record<string, QuestionResult>;

export const questionAnchor = (questionId: string) => `q-${questionId}`;

export default function Quiz({ bankId, title, questions, mode: initialMode = 'learn', restoreSaved = true, answerSource = 'quiz', showNotices = true }: QuizProps) {
	// Until hydration the server markup shows every answer in <details>; afterwards the learner answers for real.
	const [interactive, setInteractive] = useState(false);
	const [mode, setMode] = useState<QuizMode>(initialMode);
	const [choices, setChoices] = useState<Choices>({});
	const [results, setResults] = useState<Results>({});
	const [onlyIds, setOnlyIds] = useState<string[] | null>(null);
	const [messages, setMessages] = useState<Record<string, string>>({});
	const [summary, setSummary] = useState('');
	const [notices, setNotices] = useState<readonly ProgressNotice[]>([]);
	const feedbackRefs = useRef<Record<string, HTMLDivElement | null>>({});
	const summaryRef = useRef<HTMLDivElement | null>(null);

	useEffect(() => {
		const store = progressStore();
		const restore = () => {
			setNotices([...store.notices]);
			if (!restoreSaved) return;
			const restoredChoices: Choices = {};
			const restoredResults: Results = {};
			for (const question of questions) {
				const saved = store.answerFor(question.id);
				if (!saved || saved.chosen.length === 0) continue;
				restoredChoices[question.id] = saved.chosen;
				restoredResults[question.id] = gradeQuestion(question, new Set(saved.chosen));
			}
			setChoices(restoredChoices);
			setResults(restoredResults);
		};
		restore();
		setInteractive(true);
		return store.subscribe(restore);
	}, [questions, restoreSaved]);

	const visible = onlyIds ? questions.filter((question) => onlyIds.includes(question.id)) : questions;
	const gradedVisible = visible.map((question) => results[question.id]).filter((result): result is QuestionResult => Boolean(result));
	const score = scoreQuiz(gradedVisible, visible.length);
	const missed = missedQuestionIds(gradedVisible);
	const examSubmitted = mode === 'exam' && gradedVisible.length === visible.length && visible.length > 0;
	const showFeedback = mode === 'learn' || examSubmitted;

	function choose(question: QuizQuestionView, index: number, checked: boolean) {
		setChoices((current) => {
			const previous = current[question.id] ?? [];
			const next = question.type === 'single' ? [index] : checked ? [...previous, index] : previous.filter((i) => i !== index);
			return { ...current, [question.id]: next };
		});
		setMessages((current) => ({ ...current, [question.id]: '' }));
	}

	function check(question: QuizQuestionView) {
		const chosen = choices[question.id] ?? [];
		const needed = requiredChoices(question);
		if (chosen.length !== needed) {
			setMessages((current) => ({ ...current, [question.id]: T.needChoice(needed) }));
			return;
		}
		const result = gradeQuestion(question, new Set(chosen));
		setResults((current) => ({ ...current, [question.id]: result }));
		progressStore().recordAnswer(question.id, chosen, result.correct, { source: answerSource });
		// Move focus to the feedback so keyboard and screen-reader users land on the explanation they asked for.
		requestAnimationFrame(() => feedbackRefs.current[question.id]?.focus());
	}

	function tryAgain(question: QuizQuestionView) {
		clear([question.id]);
		requestAnimationFrame(() => document.getElementById(`${questionAnchor(question.id)}-option-0`)?.focus());
	}

	function clear(ids: string[]) {
		const without = <V,>(record: Record<string, V>) => Object.fromEntries(Object.entries(record).filter(([id]) => !ids.includes(id)));
		setChoices(without);
		setResults(without);
		setMessages(without);
		progressStore().clearChoices(ids);
	}

	function submitExam() {
		const graded: Results = {};
		for (const question of visible) {
			const chosen = choices[question.id] ?? [];
			graded[question.id] = gradeQuestion(question, new Set(chosen));
			if (chosen.length > 0) progressStore().recordAnswer(question.id, chosen, graded[question.id]!.correct, { source: answerSource });
		}
		setResults((current) => ({ ...current, ...graded }));
		const unanswered = visible.filter((question) => (choices[question.id] ?? []).length === 0).length;
		const finalScore = scoreQuiz(Object.values(graded), visible.length);
		setSummary(`${T.score(finalScore.correct, finalScore.total, finalScore.total)} ${unanswered ? T.examUnanswered(unanswered) : ''}`.trim());
		requestAnimationFrame(() => summaryRef.current?.focus());
	}

	function startAgain() {
		clear(questions.map((question) => question.id));
		setOnlyIds(null);
		setSummary('');
	}

	function retryMissed() {
		const ids = missed;
		clear(ids);
		setOnlyIds(ids);
		setSummary(T.showingMissed(ids.length));
		requestAnimationFrame(() => document.getElementById(`${questionAnchor(ids[0]!)}-option-0`)?.focus());
	}

	function switchMode(next: QuizMode) {
		setMode(next);
		startAgain();
	}

	return (
		<div class="quiz" data-quiz={bankId} data-interactive={interactive ? 'true' : 'false'}>
			{showNotices && notices.length > 0 && <ProgressNotices notices={notices} />}
			{interactive && (
				<fieldset class="quiz-mode">
					<legend>{T.modeLabel}</legend>
					{(['learn', 'exam'] as const).map((value) => (
						<label key={value}>
							<input type="radio" name={`${bankId}-mode`} value={value} checked={mode === value} onChange={() => switchMode(value)} />{' '}
							{value === 'learn' ? T.learnMode : T.examMode}
						</label>
					))}
				</fieldset>
			)}
			<ol class="quiz-questions" aria-label={title}>
				{visible.map((question) => {
					const number = questions.indexOf(question) + 1;
					const result = results[question.id];
					const graded = Boolean(result) && showFeedback;
					const chosen = choices[question.id] ?? [];
					const anchor = questionAnchor(question.id);
					const needed = requiredChoices(question);
					return (
						<li key={question.id} class="quiz-question" id={anchor} data-question-id={question.id}>
							<fieldset disabled={interactive && graded}>
								<legend>
									<span class="quiz-number">{T.questionOf(number, questions.length)}</span>{' '}
									<span class="quiz-stem" dangerouslySetInnerHTML={{ __html: question.legendHtml }} />
								</legend>
								{question.bodyHtml && <div class="quiz-stem-body" dangerouslySetInnerHTML={{ __html: question.bodyHtml }} />}
								<p class="quiz-hint">{needed === 1 ? T.chooseOne : T.chooseN(needed)}</p>
								<ul class="quiz-options">
									{question.options.map((option, index) => {
										const verdict = graded ? result!.verdicts[index] : undefined;
										return (
											<li key={index} class={`quiz-option${verdict ? ` is-${verdict}` : ''}`}>
												<label>
													<input
														id={`${anchor}-option-${index}`}
														type={question.type === 'single' ? 'radio' : 'checkbox'}
														name={anchor}
														value={String(index)}
														checked={chosen.includes(index)}
														onChange={(event) => choose(question, index, event.currentTarget.checked)}
													/>{' '}
													<span dangerouslySetInnerHTML={{ __html: option.html }} />
												</label>
												{verdict && (
													<div class="quiz-rationale">
														<strong>{T.verdicts[verdict]}</strong> <span dangerouslySetInnerHTML={{ __html: option.rationaleHtml }} />
													</div>
												)}
											</li>
										);
									})}
								</ul>
							</fieldset>
							{question.source && (
								<p class="quiz-source">
									{T.from} <a href={question.source.href}>{question.source.title}</a>
								</p>
							)}
							{interactive ? (
								<div class="quiz-actions">
									{mode === 'learn' &&
										(graded ? (
											<button type="button" onClick={() => tryAgain(question)}>
												{T.tryAgain}
											</button>
										) : (
											<button type="button" onClick={() => check(question)}>
												{T.check}
											</button>
										))}
									{/* A question gathered from another bank is linked by its "From" link, the permanent one. */}
									{!question.source && (
										<>
											<a class="quiz-permalink" href={`#${anchor}`} aria-label={T.permalink(number)}>
												#
											</a>
											<CopyLinkButton hash={anchor} label={T.copyLink} copied={T.linkCopied} failed={T.linkCopyFailed} />
										</>
									)}
								</div>
							) : (
								<details class="quiz-answer" data-pagefind-ignore>
									<summary>{T.answerAndExplanations}</summary>
									<ul>
										{question.options.map((option, index) => (
											<li key={index}>
												<strong>{option.correct ? T.correctAnswer : T.notThisOne}:</strong>{' '}
												<span dangerouslySetInnerHTML={{ __html: option.html }} /> —{' '}
												<span dangerouslySetInnerHTML={{ __html: option.rationaleHtml }} />
											</li>
										))}
									</ul>
								</details>
							)}
							{(question.reportUrl || question.sourceUrl) && (
								<p class="quiz-question-links">
									{question.reportUrl && <a href={question.reportUrl}>{T.reportProblem}</a>}
									{question.sourceUrl && <a href={question.sourceUrl}>{T.editQuestion}</a>}
								</p>
							)}
							<div
								class="quiz-feedback"
								role="status"
								tabIndex={-1}
								ref={(element) => {
									feedbackRefs.current[question.id] = element;
								}}
							>
								{graded ? <FeedbackSummary question={question} result={result!} /> : (messages[question.id] ?? '')}
							</div>
						</li>
					);
				})}
			</ol>
			{interactive && (
				<div class="quiz-footer">
					{mode === 'exam' && !examSubmitted && (
						<button type="button" onClick={submitExam}>
							{T.submitExam}
						</button>
					)}
					<div class="quiz-score" role="status" tabIndex={-1} ref={summaryRef}>
						{gradedVisible.length > 0 && showFeedback ? T.score(score.correct, score.total, score.answered) : ''} {summary}
					</div>
					{gradedVisible.length > 0 && (
						<div class="quiz-actions">
							{missed.length > 0 && showFeedback && (
								<button type="button" onClick={retryMissed}>
									{T.retryMissed(missed.length)}
								</button>
							)}
							<button type="button" onClick={startAgain}>
								{T.retryAll}
							</button>
						</div>
					)}
				</div>
			)}
		</div>
	);

}

/** What the status region says after Check: the verdict, then why, for the options chosen and any correct ones missed. */
function FeedbackSummary({ question, result }: { question: QuizQuestionView; result: QuestionResult }) {
	const notes = result.verdicts.flatMap((verdict, index) =>
		verdict === 'not-chosen' ? [] : [{ index, label: verdict === 'missed' ? T.correctAnswer : T.verdicts[verdict] }],
	);
	return (
		<>
			<p>
				<strong>{result.correct ? T.resultCorrect : T.resultWrong}</strong>
			</p>
			{notes.map(({ index, label }) => (
				<p key={index}>
					{label} <span dangerouslySetInnerHTML={{ __html: question.options[index]!.html }} />: <span dangerouslySetInnerHTML={{ __html: question.options[index]!.rationaleHtml }} />
				</p>
			))}
		</>
	);
}
