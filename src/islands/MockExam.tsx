import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { requiredChoices } from '../domain/grading.ts';
import {
	countByOutcome,
	drawPaper,
	EXAM_RULES,
	examDeadline,
	formatClock,
	newSeed,
	normalizeSeed,
	type PaperPlan,
	passMarkFor,
	planPaper,
	remainingMs,
	scoreExam,
} from '../domain/mock-exam.ts';
import type { ActiveExam, ExamResult } from '../domain/progress-store.ts';
import { LEARNING_OUTCOME_IDS, LEARNING_OUTCOMES } from '../domain/syllabus.ts';
import { progressStore } from './browser-progress.ts';
import { MOCK_EXAM_STRINGS as T } from './mock-exam-strings.ts';
import type { CatalogueQuestion, PracticeCatalogue } from './practice-catalogue.ts';
import { ProgressNotices } from './ProgressNotices.tsx';
import { ScrollingTable } from './ScrollingTable.tsx';
import { useCatalogue, useProgress } from './use-learner-data.ts';

export interface MockExamProps {
	/** Where the built catalogue of every question is served (/practice-questions.json under the base path). */
	catalogueUrl: string;
	/** The catalogue itself, instead of fetching it (tests). */
	catalogue?: PracticeCatalogue;
	/** The seed to offer, instead of the page address's ?seed= (tests). */
	seed?: string;
}

type Filter = keyof typeof T.filters;

/** Minutes left at which the learner hears a warning. */
const WARNINGS = [15, 5, 1];

/** The smallest warning threshold that `left` milliseconds are within (Infinity when none is). */
const passedWarning = (left: number) => Math.min(Infinity, ...WARNINGS.filter((minutesLeft) => left <= minutesLeft * 60_000));

/**
 * The Mock exam page: a 40-question paper drawn from a seed, a countdown, free movement between questions, flags,
 * and feedback only at the end. The exam in progress is saved as it goes, so a reload resumes it.
 */
export default function MockExam({ catalogueUrl, catalogue: given, seed: givenSeed }: MockExamProps) {
	const { catalogue, failed } = useCatalogue(catalogueUrl, given);
	const { progress, notices } = useProgress();
	const [now, setNow] = useState(() => new Date());
	const [seedInput, setSeedInput] = useState('');
	const [seedNote, setSeedNote] = useState<'link' | 'bad-link' | null>(null);
	const [badLinkSeed, setBadLinkSeed] = useState('');
	const [seedError, setSeedError] = useState(false);
	const [minutes, setMinutes] = useState<number>(EXAM_RULES.minutes);
	const [viewing, setViewing] = useState<string | null>(null);
	const [confirmSubmit, setConfirmSubmit] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const [filter, setFilter] = useState<Filter>('all');
	const headingRef = useRef<HTMLHeadingElement | null>(null);
	const confirmRef = useRef<HTMLDivElement | null>(null);
	const warned = useRef<number>(Infinity);
	const finishing = useRef(false);
	const resumedOnLoad = useRef<boolean | null>(null);

	useEffect(() => {
		// The seed: from the props, else from the address (?seed=), else a new one.
		const fromLink = givenSeed ?? new URLSearchParams(location.search).get('seed');
		const valid = normalizeSeed(fromLink);
		setSeedInput(valid ?? newSeed());
		if (valid) setSeedNote('link');
		else if (fromLink) {
			setSeedNote('bad-link');
			setBadLinkSeed(fromLink);
		}
	}, []);

	const byId = useMemo(() => new Map((catalogue?.questions ?? []).map((question) => [question.id, question])), [catalogue]);
	const active = progress?.activeExam;
	const ready = Boolean(catalogue && progress);
	const paperQuestions = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);

	// The clock ticks every second while an exam is running; time running out submits it.
	useEffect(() => {
		if (!active || !ready) return;
		if (resumedOnLoad.current === null) {
			resumedOnLoad.current = true;
			setAnnouncement(T.resumed);
		}
		const tick = () => {
			const current = new Date();
			setNow(current);
			const left = remainingMs(active.deadline, current);
			if (left <= 0) {
				finish(true);
				return;
			}
			const crossed = passedWarning(left);
			if (crossed < warned.current) {
				warned.current = crossed;
				setAnnouncement(T.timeWarning(crossed));
			}
		};
		// Warnings already passed when the exam opens (a resumed exam) are not announced all at once.
		warned.current = passedWarning(remainingMs(active.deadline, new Date()));
		tick();
		const timer = setInterval(tick, 1000);
		return () => clearInterval(timer);
	}, [active?.deadline, ready]);

	if (!ready) return <div class="mock-exam" data-state="loading">{failed ? <p role="alert">{T.loadFailed}</p> : <p>{T.loading}</p>}</div>;

	const candidates = catalogue!.questions;
	const store = progressStore();

	function focusHeading() {
		requestAnimationFrame(() => headingRef.current?.focus());
	}

	function start() {
		const seed = normalizeSeed(seedInput);
		if (!seed) {
			setSeedError(true);
			return;
		}
		const paper = drawPaper(candidates, seed);
		const startedAt = new Date();
		resumedOnLoad.current = false;
		finishing.current = false;
		setAnnouncement('');
		setViewing(null);
		store.saveActiveExam({
			seed,
			startedAt: startedAt.toISOString(),
			deadline: examDeadline(startedAt, minutes).toISOString(),
			minutes,
			questionIds: paper.questionIds,
			answers: {},
			flagged: [],
			current: 0,
		});
		focusHeading();
	}

	function saveActive(change: (exam: ActiveExam) => ActiveExam) {
		const exam = store.progress.activeExam;
		if (exam) store.saveActiveExam(change(exam));
	}

	function goTo(index: number) {
		setConfirmSubmit(false);
		saveActive((exam) => ({ ...exam, current: index }));
		focusHeading();
	}

	function finish(timedOut: boolean) {
		const exam = store.progress.activeExam;
		if (!exam || finishing.current) return;
		finishing.current = true;
		const questions = paperQuestions(exam.questionIds);
		const passMark = passMarkFor(questions.length);
		const score = scoreExam(questions, exam.answers, passMark);
		const finishedAt = timedOut ? new Date(Math.min(Date.now(), Date.parse(exam.deadline))) : new Date();
		const result: ExamResult = {
			id: `${exam.startedAt}-${exam.seed}`,
			seed: exam.seed,
			startedAt: exam.startedAt,
			finishedAt: finishedAt.toISOString(),
			minutes: exam.minutes,
			timedOut,
			questionIds: exam.questionIds,
			answers: exam.answers,
			flagged: exam.flagged,
			correct: score.correct,
			total: score.total,
			passMark,
			passed: score.passed,
		};
		const graded = questions
			.filter((question) => (exam.answers[question.id] ?? []).length > 0)
			.map((question) => ({ questionId: question.id, chosen: exam.answers[question.id]!, correct: score.results[question.id]!.correct }));
		store.recordExam(result, graded);
		setConfirmSubmit(false);
		setFilter('all');
		setViewing(result.id);
		setAnnouncement('');
		focusHeading();
	}

	const shareUrl = (seed: string) => `${location.origin}${location.pathname}?seed=${encodeURIComponent(seed)}`;

	let body;
	if (active) {
		body = (
			<Running
				exam={active}
				questions={paperQuestions(active.questionIds)}
				now={now}
				headingRef={headingRef}
				confirmRef={confirmRef}
				confirmSubmit={confirmSubmit}
				onAnswer={(id, chosen) => saveActive((exam) => ({ ...exam, answers: { ...exam.answers, [id]: chosen } }))}
				onFlag={(id, flagged) =>
					saveActive((exam) => ({ ...exam, flagged: flagged ? [...exam.flagged.filter((f) => f !== id), id] : exam.flagged.filter((f) => f !== id) }))
				}
				onGo={goTo}
				onAskSubmit={() => {
					setConfirmSubmit(true);
					requestAnimationFrame(() => confirmRef.current?.focus());
				}}
				onSubmit={() => finish(false)}
				onKeepGoing={() => {
					setConfirmSubmit(false);
					focusHeading();
				}}
			/>
		);
	} else {
		const result = viewing ? progress!.exams.find((exam) => exam.id === viewing) : undefined;
		body = result ? (
			<Result
				result={result}
				byId={byId}
				headingRef={headingRef}
				shareUrl={shareUrl(result.seed)}
				filter={filter}
				onFilter={setFilter}
				onBack={() => {
					setViewing(null);
					focusHeading();
				}}
			/>
		) : (
			<Start
				seedInput={seedInput}
				seedNote={seedNote}
				badLinkSeed={badLinkSeed}
				seedError={seedError}
				minutes={minutes}
				plan={planPaper(countByOutcome(candidates))}
				shareUrl={normalizeSeed(seedInput) ? shareUrl(normalizeSeed(seedInput)!) : ''}
				exams={progress!.exams}
				headingRef={headingRef}
				onSeed={(value) => {
					setSeedInput(value);
					setSeedError(false);
					setSeedNote(null);
				}}
				onMinutes={setMinutes}
				onStart={start}
				onReview={(id) => {
					setFilter('all');
					setViewing(id);
					focusHeading();
				}}
				seedHref={(seed) => `${location.pathname}?seed=${encodeURIComponent(seed)}`}
			/>
		);
	}

	return (
		<div class="mock-exam" data-state={active ? 'running' : viewing ? 'result' : 'start'}>
			<ProgressNotices notices={notices} />
			<div class="practise-status" role="status">
				{announcement}
			</div>
			{body}
		</div>
	);
}

type HeadingRef = { current: HTMLHeadingElement | null };

interface StartProps {
	seedInput: string;
	seedNote: 'link' | 'bad-link' | null;
	badLinkSeed: string;
	seedError: boolean;
	minutes: number;
	plan: PaperPlan;
	shareUrl: string;
	exams: readonly ExamResult[];
	headingRef: HeadingRef;
	onSeed: (value: string) => void;
	onMinutes: (minutes: number) => void;
	onStart: () => void;
	onReview: (id: string) => void;
	seedHref: (seed: string) => string;
}

function Start(props: StartProps) {
	const { seedInput, seedNote, seedError, minutes, plan, shareUrl, exams, headingRef } = props;
	return (
		<>
			<section aria-labelledby="mock-exam-start-heading">
				<h2 id="mock-exam-start-heading" tabIndex={-1} ref={headingRef}>
					{T.startHeading}
				</h2>
				<p>{T.paperSize(plan.total, plan.passMark)}</p>
				<p>
					<label for="mock-exam-seed">{T.seedLabel}</label>
					<br />
					<input
						id="mock-exam-seed"
						type="text"
						inputMode="text"
						autoComplete="off"
						spellcheck={false}
						maxLength={24}
						value={seedInput}
						aria-describedby="mock-exam-seed-hint"
						aria-invalid={seedError ? 'true' : undefined}
						onInput={(event) => props.onSeed(event.currentTarget.value)}
					/>
					<br />
					<small id="mock-exam-seed-hint">
						{seedError ? <strong>{T.seedInvalid} </strong> : null}
						{seedNote === 'link' ? T.seedFromLink : seedNote === 'bad-link' ? T.seedBadLink(props.badLinkSeed) : T.seedHint}
					</small>
				</p>
				{shareUrl && (
					<p>
						{T.shareLabel} <a href={shareUrl} class="mock-exam-share">{shareUrl}</a>
					</p>
				)}
				<fieldset class="mock-exam-duration">
					<legend>{T.durationLegend}</legend>
					{[EXAM_RULES.minutes, EXAM_RULES.extendedMinutes].map((value) => (
						<label key={value}>
							<input type="radio" name="mock-exam-minutes" value={String(value)} checked={minutes === value} onChange={() => props.onMinutes(value)} />{' '}
							{value === EXAM_RULES.minutes ? T.standardTime(value) : T.extraTime(value)}
						</label>
					))}
				</fieldset>
				<p>
					<button type="button" class="practise-button practise-primary" onClick={props.onStart}>
						{T.start}
					</button>
				</p>
			</section>
			<section aria-labelledby="mock-exam-history-heading">
				<h2 id="mock-exam-history-heading">{T.historyHeading}</h2>
				{exams.length === 0 ? (
					<p>{T.noHistory}</p>
				) : (
					<ScrollingTable id="mock-exam-history" class="mock-exam-history" caption={T.historyCaption} columns={[T.historyColumns.date, T.historyColumns.seed, T.historyColumns.score, T.historyColumns.result, T.historyColumns.time, T.historyColumns.actions]}>
								{[...exams].reverse().map((exam) => (
									<tr key={exam.id} data-exam-id={exam.id}>
										<td>{T.formatDate(exam.finishedAt)}</td>
										<td>
											<code>{exam.seed}</code>
										</td>
										<td>{T.rightOf(exam.correct, exam.total)}</td>
										<td>{exam.passed ? T.pass : T.notPass}</td>
										<td>{timeUsed(exam)}</td>
										<td>
											<button type="button" class="practise-button" aria-label={T.reviewResult(T.formatDate(exam.finishedAt))} onClick={() => props.onReview(exam.id)}>
												{T.reviewShort}
											</button>{' '}
											<a href={props.seedHref(exam.seed)}>{T.sitAgain}</a>
										</td>
									</tr>
								))}
							</ScrollingTable>
				)}
			</section>
		</>
	);
}

const timeUsed = (exam: ExamResult) => formatClock(Math.max(0, Date.parse(exam.finishedAt) - Date.parse(exam.startedAt)));

interface RunningProps {
	exam: ActiveExam;
	questions: CatalogueQuestion[];
	now: Date;
	headingRef: HeadingRef;
	confirmRef: { current: HTMLDivElement | null };
	confirmSubmit: boolean;
	onAnswer: (id: string, chosen: number[]) => void;
	onFlag: (id: string, flagged: boolean) => void;
	onGo: (index: number) => void;
	onAskSubmit: () => void;
	onSubmit: () => void;
	onKeepGoing: () => void;
}

function Running({ exam, questions, now, headingRef, confirmRef, confirmSubmit, ...on }: RunningProps) {
	const index = Math.min(exam.current, questions.length - 1);
	const question = questions[index]!;
	const chosen = exam.answers[question.id] ?? [];
	const flagged = exam.flagged.includes(question.id);
	const needed = requiredChoices(question);
	const answeredCount = questions.filter((q) => (exam.answers[q.id] ?? []).length > 0).length;
	const flaggedCount = questions.filter((q) => exam.flagged.includes(q.id)).length;
	const name = `mock-exam-${question.id}`;

	function choose(optionIndex: number, checked: boolean) {
		const next = question.type === 'single' ? [optionIndex] : checked ? [...chosen, optionIndex].sort((a, b) => a - b) : chosen.filter((i) => i !== optionIndex);
		on.onAnswer(question.id, next);
	}

	return (
		<section class="mock-exam-paper" aria-labelledby="mock-exam-question-heading">
			<div class="mock-exam-bar">
				<p class="mock-exam-timer">
					{T.timeLeft} <strong data-time-left>{formatClock(remainingMs(exam.deadline, now))}</strong>
				</p>
				<p>{T.answeredCount(answeredCount, questions.length, flaggedCount)}</p>
			</div>
			<h2 id="mock-exam-question-heading" tabIndex={-1} ref={headingRef}>
				{T.questionOf(index + 1, questions.length)}
			</h2>
			<fieldset class="mock-exam-question" data-question-id={question.id} key={question.id}>
				<legend dangerouslySetInnerHTML={{ __html: question.legendHtml }} />
				{question.bodyHtml && <div class="quiz-stem-body" dangerouslySetInnerHTML={{ __html: question.bodyHtml }} />}
				<p class="quiz-hint">{needed === 1 ? T.chooseOne : T.chooseN(needed)}</p>
				<ul class="quiz-options">
					{question.options.map((option, optionIndex) => (
						<li key={optionIndex} class="quiz-option">
							<label>
								<input
									type={question.type === 'single' ? 'radio' : 'checkbox'}
									name={name}
									value={String(optionIndex)}
									checked={chosen.includes(optionIndex)}
									onChange={(event) => choose(optionIndex, event.currentTarget.checked)}
								/>{' '}
								<span dangerouslySetInnerHTML={{ __html: option.html }} />
							</label>
						</li>
					))}
				</ul>
			</fieldset>
			<p class="mock-exam-flag">
				<label>
					<input type="checkbox" checked={flagged} onChange={(event) => on.onFlag(question.id, event.currentTarget.checked)} /> {T.flag}
				</label>
			</p>
			<div class="practise-actions">
				<button type="button" class="practise-button" disabled={index === 0} onClick={() => on.onGo(index - 1)}>
					{T.previous}
				</button>
				<button type="button" class="practise-button" disabled={index === questions.length - 1} onClick={() => on.onGo(index + 1)}>
					{T.next}
				</button>
				<button type="button" class="practise-button practise-primary" onClick={on.onAskSubmit}>
					{T.submit}
				</button>
			</div>
			{confirmSubmit && (
				<div class="practise-confirm" role="group" aria-labelledby="mock-exam-confirm-text" tabIndex={-1} ref={confirmRef}>
					<p id="mock-exam-confirm-text">{T.confirmSubmit(questions.length - answeredCount, flaggedCount)}</p>
					<div class="practise-actions">
						<button type="button" class="practise-button practise-primary" onClick={on.onSubmit}>
							{T.confirmYes}
						</button>
						<button type="button" class="practise-button" onClick={on.onKeepGoing}>
							{T.confirmNo}
						</button>
					</div>
				</div>
			)}
			<nav class="mock-exam-navigator" aria-label={T.navigatorLabel}>
				<p class="mock-exam-key" aria-hidden="true">
					{T.navigatorKey}
				</p>
				<ol>
					{questions.map((q, i) => {
						const isAnswered = (exam.answers[q.id] ?? []).length > 0;
						const isFlagged = exam.flagged.includes(q.id);
						return (
							<li key={q.id}>
								<button
									type="button"
									class={`mock-exam-goto${isAnswered ? ' is-answered' : ''}${isFlagged ? ' is-flagged' : ''}`}
									aria-current={i === index ? 'step' : undefined}
									aria-label={T.navigatorItem(i + 1, isAnswered, isFlagged)}
									onClick={() => on.onGo(i)}
								>
									{i + 1}
									<span aria-hidden="true">
										{isAnswered ? '✓' : ''}
										{isFlagged ? '⚑' : ''}
									</span>
								</button>
							</li>
						);
					})}
				</ol>
			</nav>
		</section>
	);
}

interface ResultProps {
	result: ExamResult;
	byId: Map<string, CatalogueQuestion>;
	headingRef: HeadingRef;
	shareUrl: string;
	filter: Filter;
	onFilter: (filter: Filter) => void;
	onBack: () => void;
}

function Result({ result, byId, headingRef, shareUrl, filter, onFilter, onBack }: ResultProps) {
	const questions = result.questionIds.flatMap((id) => byId.get(id) ?? []);
	const score = scoreExam(questions, result.answers, result.passMark);
	const percent = result.total === 0 ? 0 : Math.round((result.correct / result.total) * 100);
	const shown = result.questionIds.filter((id) => {
		if (filter === 'flagged') return result.flagged.includes(id);
		if (filter === 'wrong') return !score.results[id]?.correct;
		return true;
	});
	return (
		<section class="mock-exam-result" aria-labelledby="mock-exam-result-heading" data-passed={result.passed ? 'true' : 'false'}>
			<h2 id="mock-exam-result-heading" tabIndex={-1} ref={headingRef}>
				{T.resultHeading}
			</h2>
			<p class="mock-exam-score">
				<strong>{T.score(result.correct, result.total, percent, result.passed, result.passMark)}</strong>
			</p>
			{result.timedOut && <p>{T.timedOut}</p>}
			<p>{T.timeUsed(timeUsed(result), result.minutes)}</p>
			<p>
				{T.shareLabel} <a href={shareUrl}>{shareUrl}</a>
			</p>
			<p>
				<button type="button" class="practise-button" onClick={onBack}>
					{T.backToStart}
				</button>
			</p>
			<ScrollingTable id="mock-exam-outcome" caption={T.byOutcomeCaption} columns={[T.byOutcomeColumns.outcome, T.byOutcomeColumns.right]}>
						{LEARNING_OUTCOME_IDS.filter((id) => score.byOutcome[id].total > 0).map((id) => (
							<tr key={id}>
								<th scope="row">
									{id}: {LEARNING_OUTCOMES[id].title}
								</th>
								<td>{T.rightOf(score.byOutcome[id].correct, score.byOutcome[id].total)}</td>
							</tr>
						))}
					</ScrollingTable>
			<h3>{T.reviewHeading}</h3>
			<fieldset class="mock-exam-filter">
				<legend>{T.filterLegend}</legend>
				{(Object.keys(T.filters) as Filter[]).map((value) => (
					<label key={value}>
						<input type="radio" name="mock-exam-filter" value={value} checked={filter === value} onChange={() => onFilter(value)} /> {T.filters[value]}
					</label>
				))}
			</fieldset>
			{shown.length === 0 && <p>{T.filterEmpty}</p>}
			<ol class="mock-exam-review">
				{shown.map((id) => {
					const number = result.questionIds.indexOf(id) + 1;
					const question = byId.get(id);
					if (!question) {
						return (
							<li key={id} value={number}>
								<p>{T.retired(id)}</p>
							</li>
						);
					}
					const graded = score.results[id]!;
					const chosen = result.answers[id] ?? [];
					return (
						<li key={id} value={number} class="quiz-question" data-question-id={id} data-correct={graded.correct ? 'true' : 'false'}>
							<p class="quiz-number">
								{T.questionOf(number, result.total)} · <strong>{graded.correct ? T.resultRight : T.resultWrong}</strong>
								{result.flagged.includes(id) ? ` ${T.flaggedMark}` : ''}
							</p>
							<p class="mock-exam-stem" dangerouslySetInnerHTML={{ __html: question.legendHtml }} />
							{question.bodyHtml && <div class="quiz-stem-body" dangerouslySetInnerHTML={{ __html: question.bodyHtml }} />}
							{chosen.length === 0 && <p>{T.yourAnswerNone}</p>}
							<ul class="quiz-options">
								{question.options.map((option, index) => {
									const verdict = graded.verdicts[index]!;
									return (
										<li key={index} class={`quiz-option is-${verdict}`}>
											<span dangerouslySetInnerHTML={{ __html: option.html }} />
											<div class="quiz-rationale">
												<strong>{T.verdicts[verdict]}</strong> <span dangerouslySetInnerHTML={{ __html: option.rationaleHtml }} />
											</div>
										</li>
									);
								})}
							</ul>
							<p class="quiz-source">
								{T.from} <a href={question.source.href}>{question.source.title}</a>
							</p>
						</li>
					);
				})}
			</ol>
		</section>
	);
}
