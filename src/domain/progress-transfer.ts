// Valibot, as in progress-store.ts: this runs in the learner's browser.
import * as v from 'valibot';
import { type Attempt, EXAM_HISTORY_LIMIT, HISTORY_LIMIT, type Progress, readProgressDocument, type SavedAnswer } from './progress-store.ts';

/**
 * Moving progress between browsers: a JSON file out, a JSON file in. An imported file is validated with the same
 * schemas as storage (any known version, migrated), previewed, then merged into the learner's progress or put in its place.
 */

export const EXPORT_FORMAT = 'deliver-and-support-guide/progress';

const exportSchema = v.object({
	format: v.literal(EXPORT_FORMAT),
	exportedAt: v.string(),
	progress: v.unknown(),
});

export function exportDocument(progress: Progress, now: Date): string {
	const { activeExam: _inProgress, ...finished } = progress;
	return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: finished }, null, 2)}\n`;
}

export const exportFileName = (now: Date) => `deliver-and-support-progress-${now.toISOString().slice(0, 10)}.json`;

export type ImportError = 'not-json' | 'not-progress';
export type ImportResult = { ok: true; progress: Progress; exportedAt?: string } | { ok: false; error: ImportError };

/** Accepts an exported file, or a bare stored document of any version (someone copied localStorage by hand). */
export function parseImport(text: string, now: Date): ImportResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	const wrapper = v.safeParse(exportSchema, parsed);
	const document = readProgressDocument(wrapper.success ? wrapper.output.progress : parsed, now);
	if (!document) return { ok: false, error: 'not-progress' };
	const { activeExam: _ignored, ...progress } = document.progress;
	return { ok: true, progress, ...(wrapper.success ? { exportedAt: wrapper.output.exportedAt } : {}) };
}

const attemptKey = (attempt: Attempt) => `${attempt.at}|${attempt.source}|${attempt.correct}`;

/** Two records of one question: the more recent answer wins; histories join; no attempt is counted twice. */
export function mergeAnswer(here: SavedAnswer, there: SavedAnswer): SavedAnswer {
	const thereIsNewer = Date.parse(there.answeredAt) > Date.parse(here.answeredAt);
	const latest = thereIsNewer ? there : here;
	const seen = new Map<string, Attempt>();
	for (const attempt of [...here.history, ...there.history]) seen.set(attemptKey(attempt), attempt);
	const joined = [...seen.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
	const joinedCorrect = joined.filter((attempt) => attempt.correct).length;
	return {
		...latest,
		attempts: Math.max(here.attempts, there.attempts, joined.length),
		correctAttempts: Math.max(here.correctAttempts, there.correctAttempts, joinedCorrect),
		history: joined.slice(-HISTORY_LIMIT),
	};
}

export function mergeProgress(here: Progress, there: Progress): Progress {
	const answers = { ...here.answers };
	for (const [id, answer] of Object.entries(there.answers)) {
		const mine = answers[id];
		answers[id] = mine ? mergeAnswer(mine, answer) : answer;
	}
	const exams = new Map(here.exams.map((exam) => [exam.id, exam]));
	for (const exam of there.exams) if (!exams.has(exam.id)) exams.set(exam.id, exam);
	const allExams = [...exams.values()].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt)).slice(-EXAM_HISTORY_LIMIT);
	return { ...here, answers, exams: allExams };
}

export interface ImportPreview {
	questionsInFile: number;
	/** In the file, not here yet. */
	added: number;
	/** In both, and merging would change the record here. */
	changed: number;
	/** In both, and merging changes nothing. */
	unchanged: number;
	/** Here but not in the file: kept by a merge, removed by a replace. */
	onlyHere: number;
	examsInFile: number;
	examsAdded: number;
	/** Exam results here but not in the file: kept by a merge, removed by a replace. */
	examsOnlyHere: number;
}

export function previewImport(here: Progress, there: Progress): ImportPreview {
	const merged = mergeProgress(here, there);
	let added = 0;
	let changed = 0;
	let unchanged = 0;
	for (const id of Object.keys(there.answers)) {
		const mine = here.answers[id];
		if (!mine) added++;
		else if (JSON.stringify(merged.answers[id]) !== JSON.stringify(mine)) changed++;
		else unchanged++;
	}
	const hereExamIds = new Set(here.exams.map((exam) => exam.id));
	const thereExamIds = new Set(there.exams.map((exam) => exam.id));
	return {
		questionsInFile: Object.keys(there.answers).length,
		added,
		changed,
		unchanged,
		onlyHere: Object.keys(here.answers).filter((id) => !(id in there.answers)).length,
		examsInFile: there.exams.length,
		examsAdded: there.exams.filter((exam) => !hereExamIds.has(exam.id)).length,
		examsOnlyHere: here.exams.filter((exam) => !thereExamIds.has(exam.id)).length,
	};
}
