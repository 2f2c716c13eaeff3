import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { catchUpReviews, daysUntil, reviewSchedule } from '../domain/review-schedule.ts';
import { progressStore } from './browser-progress.ts';
import type { PracticeCatalogue } from './practice-catalogue.ts';
import { ProgressNotices } from './ProgressNotices.tsx';
import { ScrollingTable } from './ScrollingTable.tsx';
import { useCatalogue, useProgress } from './use-learner-data.ts';
import Quiz from './Quiz.tsx';
import { REVIEW_STRINGS as T } from './review-strings.ts';

export interface ReviewProps {
	/** Where the built catalogue of every question is served (/practice-questions.json under the base path). */
	catalogueUrl: string;
	/** The catalogue itself, instead of fetching it (tests). */
	catalogue?: PracticeCatalogue;
	/** How many due questions one round asks; the rest wait for the next round. */
	roundSize?: number;
}

interface Round {
	number: number;
	ids: string[];
	/** How many were due when the round started. */
	dueAtStart: number;
}

/**
 * The Review page: gathers the questions due from every bank and asks them in the Quiz island, in rounds whose
 * questions stay put while the learner answers (an answered question is rescheduled, so it would otherwise vanish).
 */
export default function Review({ catalogueUrl, catalogue: given, roundSize = 20 }: ReviewProps) {
	const { catalogue, failed } = useCatalogue(catalogueUrl, given);
	const [now, setNow] = useState(() => new Date());
	const { progress, notices } = useProgress({ onChange: () => setNow(new Date()), scheduleReviews: catchUpReviews });
	const [round, setRound] = useState<Round | null>(null);
	const [message, setMessage] = useState('');
	const roundHeading = useRef<HTMLHeadingElement | null>(null);

	useEffect(() => {
		// Questions fall due while the page is open, too.
		const timer = setInterval(() => setNow(new Date()), 60_000);
		return () => clearInterval(timer);
	}, []);

	const questionsById = useMemo(() => new Map((catalogue?.questions ?? []).map((question) => [question.id, question])), [catalogue]);
	const knownIds = useMemo(() => new Set(questionsById.keys()), [questionsById]);
	const schedule = useMemo(() => (progress ? reviewSchedule(progress.answers, knownIds, now) : []), [progress, knownIds, now]);
	const dueIds = schedule.filter((entry) => entry.isDue && entry.known).map((entry) => entry.questionId);
	const retiredIds = schedule.filter((entry) => !entry.known).map((entry) => entry.questionId);
	const ready = Boolean(catalogue && progress);

	// The first round starts as soon as both the questions and the learner's progress are in.
	useEffect(() => {
		if (ready && !round) setRound({ number: 1, ids: dueIds.slice(0, roundSize), dueAtStart: dueIds.length });
	}, [ready]);

	const roundLeft = round ? round.ids.filter((id) => dueIds.includes(id)).length : 0;
	const nextReview = schedule.find((entry) => entry.known && !entry.isDue);

	function startNextRound() {
		setRound({ number: (round?.number ?? 0) + 1, ids: dueIds.slice(0, roundSize), dueAtStart: dueIds.length });
		setMessage('');
		requestAnimationFrame(() => roundHeading.current?.focus());
	}

	function dropRetired() {
		progressStore().retireFromReview(retiredIds);
		setMessage(T.droppedRetired);
	}

	const when = (iso: string) => T.inDays(daysUntil(iso, now), T.formatDate(iso));

	return (
		<div class="review" data-ready={ready ? 'true' : 'false'}>
			<ProgressNotices notices={notices} />
			{failed && <p role="alert">{T.loadFailed}</p>}
			{!ready && !failed && <p>{T.loading}</p>}
			{ready && round && (
				<>
					<div class="review-status" role="status">
						<p>
							{T.dueNow(dueIds.length)} {round.ids.length > 0 ? T.roundLeft(roundLeft, round.ids.length) : ''}
						</p>
						{roundLeft === 0 && dueIds.length === 0 && schedule.length > 0 && (
							<p>
								{T.allCaughtUp} {nextReview ? T.nextReview(when(nextReview.due)) : ''}
							</p>
						)}
						{message && <p>{message}</p>}
					</div>
					{schedule.length === 0 && <p>{T.nothingYet}</p>}
					{roundLeft === 0 && dueIds.length > 0 && (
						<p>
							<button type="button" class="practise-button" onClick={startNextRound}>
								{T.nextRound(Math.min(roundSize, dueIds.length))}
							</button>
						</p>
					)}
					{round.ids.length > 0 && (
						<section aria-labelledby="review-round-heading">
							<h2 id="review-round-heading" tabIndex={-1} ref={roundHeading}>
								{T.quizTitle}
							</h2>
							{round.ids.length < round.dueAtStart && <p>{T.roundIntro(round.ids.length, round.dueAtStart)}</p>}
							<Quiz
								key={round.number}
								bankId={`review-round-${round.number}`}
								title={T.quizTitle}
								questions={round.ids.flatMap((id) => questionsById.get(id) ?? [])}
								restoreSaved={false}
								answerSource="review"
								showNotices={false}
							/>
						</section>
					)}
					{schedule.length > 0 && (
						<section aria-labelledby="review-schedule-heading">
							<h2 id="review-schedule-heading">{T.scheduleHeading}</h2>
							<p>{T.scheduleIntro}</p>
							{retiredIds.length > 0 && (
								<p>
									{T.retiredNote(retiredIds.length)}{' '}
									<button type="button" class="practise-button" onClick={dropRetired}>
										{T.dropRetired}
									</button>
								</p>
							)}
							<ScrollingTable id="review-schedule" class="review-schedule" caption={T.scheduleCaption} columns={[T.columns.question, T.columns.from, T.columns.next, T.columns.last]}>
										{schedule.map((entry) => {
											const question = questionsById.get(entry.questionId);
											return (
												<tr key={entry.questionId} data-question-id={entry.questionId} data-due={entry.isDue ? 'true' : 'false'}>
													<td>{question ? question.summary : T.retired(entry.questionId)}</td>
													<td>{question ? <a href={question.source.href}>{question.source.title}</a> : '—'}</td>
													<td>{entry.isDue ? <strong>{T.due}</strong> : when(entry.due)}</td>
													<td>{entry.lastCorrect ? T.right : T.wrong}</td>
												</tr>
											);
										})}
									</ScrollingTable>
						</section>
					)}
				</>
			)}
		</div>
	);
}
