import { useMemo, useRef, useState } from 'preact/hooks';
import { MASTERY_LEVELS, type SectionSummary, summarizeSection } from '../domain/mastery.ts';
import { catchUpReviews } from '../domain/review-schedule.ts';
import type { Progress } from '../domain/progress-store.ts';
import { exportDocument, exportFileName, type ImportPreview, mergeProgress, parseImport, previewImport } from '../domain/progress-transfer.ts';
import { progressStore } from './browser-progress.ts';
import { PROGRESS_STRINGS as T } from './progress-strings.ts';
import { ProgressNotices } from './ProgressNotices.tsx';
import { ScrollingTable } from './ScrollingTable.tsx';
import { useProgress } from './use-learner-data.ts';

/** A part of the guide to summarize: a syllabus learning outcome or a topic, and the ids of its questions. */
export interface ProgressSection {
	id: string;
	title: string;
	href?: string;
	questionIds: string[];
}

export interface ProgressOverviewProps {
	outcomes: ProgressSection[];
	topics: ProgressSection[];
	reviewHref: string;
}

interface PendingImport {
	fileName: string;
	exportedAt?: string;
	progress: Progress;
	preview: ImportPreview;
}

/** The Progress page: how far the learner has come per outcome and per topic, section resets, and export and import. */
export default function ProgressOverview({ outcomes, topics, reviewHref }: ProgressOverviewProps) {
	const [now, setNow] = useState(() => new Date());
	const [confirming, setConfirming] = useState<ProgressSection | null>(null);
	const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
	const [status, setStatus] = useState('');
	const confirmRef = useRef<HTMLDivElement | null>(null);
	const previewRef = useRef<HTMLDivElement | null>(null);
	const fileInput = useRef<HTMLInputElement | null>(null);
	const resetButtons = useRef<Record<string, HTMLButtonElement | null>>({});

	const { progress, notices } = useProgress({ onChange: () => setNow(new Date()), scheduleReviews: catchUpReviews });

	const allIds = useMemo(() => [...new Set(outcomes.flatMap((section) => section.questionIds))], [outcomes]);

	if (!progress) return <p>{T.loading}</p>;

	const overall = summarizeSection(allIds, progress.answers, now);
	const known = new Set(allIds);
	const retired = Object.keys(progress.answers).filter((id) => !known.has(id)).length;
	const best = progress.exams.reduce<{ correct: number; total: number } | undefined>(
		(top, exam) => (!top || exam.correct / (exam.total || 1) > top.correct / (top.total || 1) ? { correct: exam.correct, total: exam.total } : top),
		undefined,
	);

	function askReset(section: ProgressSection) {
		setConfirming(section);
		setStatus('');
		requestAnimationFrame(() => confirmRef.current?.focus());
	}

	function finishReset(section: ProgressSection, confirmed: boolean) {
		if (confirmed) progressStore().resetQuestions(section.questionIds);
		setConfirming(null);
		setStatus(confirmed ? T.resetDone(section.title) : T.resetCancelled);
		requestAnimationFrame(() => resetButtons.current[section.id]?.focus());
	}

	function download() {
		const at = new Date();
		const name = exportFileName(at);
		const url = URL.createObjectURL(new Blob([exportDocument(progressStore().progress, at)], { type: 'application/json' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = name;
		link.hidden = true;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		setStatus(T.exported(name));
	}

	async function readImport(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		setPendingImport(null);
		let text: string;
		try {
			text = await file.text();
		} catch {
			setStatus(T.readFailed);
			return;
		}
		const result = parseImport(text, new Date());
		if (!result.ok) {
			setStatus(T.importErrors[result.error]);
			input.value = '';
			return;
		}
		setStatus('');
		setPendingImport({
			fileName: file.name,
			...(result.exportedAt ? { exportedAt: result.exportedAt } : {}),
			progress: result.progress,
			preview: previewImport(progressStore().progress, result.progress),
		});
		requestAnimationFrame(() => previewRef.current?.focus());
	}

	function finishImport(how: 'merge' | 'replace' | 'cancel') {
		if (!pendingImport) return;
		const store = progressStore();
		// The preview is worked out again against progress as it is now: another tab may have changed it meanwhile.
		const preview = previewImport(store.progress, pendingImport.progress);
		if (how === 'merge') store.update((current) => mergeProgress(current, pendingImport.progress));
		if (how === 'replace') store.replace(pendingImport.progress);
		setPendingImport(null);
		setStatus(how === 'cancel' ? T.importCancelled : T.imported(how, preview));
		if (fileInput.current) {
			fileInput.current.value = '';
			fileInput.current.focus();
		}
	}

	const sectionTable = (heading: string, key: string, sections: ProgressSection[]) => (
		<section>
			<h2 id={`progress-${key}-heading`}>{heading}</h2>
			<ScrollingTable id={`progress-${key}`} class="progress-table" data-sections={key} labelledBy={`progress-${key}-heading`} columns={[T.columns.section, T.columns.seen, T.columns.correct, T.columns.mastery, T.columns.last, T.columns.reset]}>
						{sections.map((section) => {
							const summary: SectionSummary = summarizeSection(section.questionIds, progress.answers, now);
							return (
								<tr key={section.id} data-section={section.id} data-level={summary.level}>
									<th scope="row">{section.href ? <a href={section.href}>{section.title}</a> : section.title}</th>
									<td>{T.seen(summary.seen, summary.total)}</td>
									<td>{T.correct(summary.correctLatest, summary.seen, summary.correctShare)}</td>
									<td>
										<span class={`mastery mastery-${summary.level}`}>{T.levels[summary.level]}</span>
									</td>
									<td>{summary.lastActivity ? T.formatDate(summary.lastActivity) : T.never}</td>
									<td>
										<button
											type="button"
											class="practise-button"
											disabled={summary.seen === 0}
											aria-label={T.resetButton(section.title)}
											ref={(element) => {
												resetButtons.current[section.id] = element;
											}}
											onClick={() => askReset(section)}
										>
											{T.columns.reset}
										</button>
									</td>
								</tr>
							);
						})}
					</ScrollingTable>
			{confirming && sections.includes(confirming) && (
				<div class="practise-confirm" role="group" aria-labelledby="progress-reset-question" tabIndex={-1} ref={confirmRef}>
					<p id="progress-reset-question">
						<strong>{T.resetQuestion(confirming.title)}</strong>
					</p>
					<p>{T.resetDetail(confirming.questionIds.length, summarizeSection(confirming.questionIds, progress.answers, now).seen)}</p>
					<div class="practise-actions">
						<button type="button" class="practise-button practise-danger" onClick={() => finishReset(confirming, true)}>
							{T.confirmReset}
						</button>
						<button type="button" class="practise-button" onClick={() => finishReset(confirming, false)}>
							{T.cancel}
						</button>
					</div>
				</div>
			)}
		</section>
	);

	return (
		<div class="progress-overview" data-ready="true">
			<ProgressNotices notices={notices} />
			<div class="practise-status" role="status">
				{status}
			</div>
			<p class="progress-summary">
				{T.overview(overall.seen, overall.total)} {T.dueLink(overall.due)}{' '}
				{overall.due > 0 && <a href={reviewHref}>{T.reviewNow}</a>}
			</p>
			<p>{T.examsTaken(progress.exams.length, best)}</p>
			{retired > 0 && <p>{T.retired(retired)}</p>}
			{sectionTable(T.byOutcome, 'outcomes', outcomes)}
			{sectionTable(T.byTopic, 'topics', topics)}
			<section aria-labelledby="progress-rules-heading">
				<h2 id="progress-rules-heading">{T.rulesHeading}</h2>
				<p>{T.rulesIntro}</p>
				<dl class="mastery-rules">
					{MASTERY_LEVELS.map((level) => (
						<div key={level}>
							<dt>{T.levels[level]}</dt>
							<dd>{T.rules[level]}</dd>
						</div>
					))}
				</dl>
			</section>
			<section aria-labelledby="progress-transfer-heading">
				<h2 id="progress-transfer-heading">{T.transferHeading}</h2>
				<p>{T.transferIntro}</p>
				<p>
					<button type="button" class="practise-button" onClick={download}>
						{T.exportButton}
					</button>
				</p>
				<p>
					<label for="progress-import-file">{T.importLabel}</label>
					<br />
					<input
						id="progress-import-file"
						type="file"
						accept=".json,application/json"
						aria-describedby="progress-import-hint"
						ref={fileInput}
						onChange={(event) => void readImport(event.currentTarget)}
					/>
					<br />
					<small id="progress-import-hint">{T.importHint}</small>
				</p>
				{pendingImport && (
					<div class="practise-confirm" role="group" aria-labelledby="progress-preview-heading" tabIndex={-1} ref={previewRef}>
						<h3 id="progress-preview-heading">{T.previewHeading}</h3>
						<p>{T.previewFile(pendingImport.fileName, pendingImport.exportedAt)}</p>
						{T.preview(pendingImport.preview).map((line) => (
							<p key={line}>{line}</p>
						))}
						<p>{T.mergeExplained}</p>
						<p>{T.replaceExplained(pendingImport.preview)}</p>
						<div class="practise-actions">
							<button type="button" class="practise-button" onClick={() => finishImport('merge')}>
								{T.merge}
							</button>
							<button type="button" class="practise-button" onClick={() => finishImport('replace')}>
								{T.replace}
							</button>
							<button type="button" class="practise-button" onClick={() => finishImport('cancel')}>
								{T.cancel}
							</button>
						</div>
					</div>
				)}
			</section>
		</div>
	);
}
