import { MASTERY_RULES, type MasteryLevel } from '../domain/mastery.ts';
import type { ImportError, ImportPreview } from '../domain/progress-transfer.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every word the Progress island shows, in one place for translation. */
export const PROGRESS_STRINGS = {
	loading: 'Loading your progress…',
	overview: (seen: number, total: number) => `You have answered ${seen} of the ${total} questions in the guide.`,
	dueLink: (n: number) => (n === 0 ? 'Nothing is due for review now.' : `${plural(n, 'question')} due for review.`),
	reviewNow: 'Review them now',
	examsTaken: (n: number, best?: { correct: number; total: number }) =>
		n === 0 ? 'No mock exams taken yet.' : `${plural(n, 'mock exam')} taken; best score ${best!.correct} of ${best!.total}.`,
	retired: (n: number) => `${plural(n, 'answered question')} ${n === 1 ? 'is' : 'are'} no longer in the guide; ${n === 1 ? 'its' : 'their'} progress is kept.`,
	byOutcome: 'By syllabus learning outcome',
	byTopic: 'By topic',
	columns: { section: 'Section', seen: 'Questions seen', correct: 'Right at latest answer', mastery: 'Mastery', last: 'Last activity', reset: 'Reset' },
	seen: (seen: number, total: number) => `${seen} of ${total}`,
	correct: (correct: number, seen: number, share: number) => (seen === 0 ? '—' : `${correct} of ${seen} (${percent(share)})`),
	never: '—',
	levels: {
		'not-started': 'Not started',
		attempted: 'Attempted',
		familiar: 'Familiar',
		proficient: 'Proficient',
		mastered: 'Mastered',
	} satisfies Record<MasteryLevel, string>,
	rulesHeading: 'How mastery is judged',
	rulesIntro: 'Each section counts only the questions still in the guide, and your latest answer to each:',
	rules: {
		'not-started': 'no question of the section answered yet;',
		attempted: 'at least one answered, but not yet familiar;',
		familiar: `at least ${percent(MASTERY_RULES.familiarSeenShare)} of the questions answered, and at least ${percent(MASTERY_RULES.familiarCorrectShare)} of those right;`,
		proficient: `every question answered, and at least ${percent(MASTERY_RULES.proficientCorrectShare)} right;`,
		mastered: `every question right, and each one's next review at least ${MASTERY_RULES.masteredIntervalDays} days after its last, which takes several right answers spread over days or weeks.`,
	} satisfies Record<MasteryLevel, string>,
	resetButton: (section: string) => `Reset ${section}`,
	resetQuestion: (section: string) => `Reset your progress for ${section}?`,
	resetDetail: (total: number, seen: number) =>
		`This forgets your answers, attempt history and review schedule for its ${plural(total, 'question')} (${seen} answered). Mock exam results are kept. This cannot be undone, so download your progress first if you may want it back.`,
	confirmReset: 'Reset',
	cancel: 'Cancel',
	resetDone: (section: string) => `Progress for ${section} has been reset.`,
	resetCancelled: 'Nothing was reset.',
	transferHeading: 'Keep a copy, or move to another browser',
	transferIntro:
		'Your progress lives only in this browser. Download it as a file to keep a copy or to carry it to another browser, then import the file there.',
	exportButton: 'Download my progress',
	exported: (file: string) => `Your progress was saved as ${file}.`,
	importLabel: 'Import a progress file',
	importHint: 'A file downloaded from this page. You will see what changes before anything does.',
	importErrors: {
		'not-json': 'That file is not a progress file: it is not JSON. Nothing was changed.',
		'not-progress': 'That file is not a progress file this site can read. Nothing was changed.',
	} satisfies Record<ImportError, string>,
	readFailed: 'The file could not be read. Nothing was changed.',
	previewHeading: 'What the import would change',
	previewFile: (name: string, exportedAt?: string) => `${name}${exportedAt ? `, exported ${formatDate(exportedAt)}` : ''}.`,
	preview: (p: ImportPreview) => [
		`The file has progress for ${plural(p.questionsInFile, 'question')}: ${p.added} new here, ${p.changed} changed, ${p.unchanged} the same.`,
		`It has ${plural(p.examsInFile, 'mock exam result')}, ${p.examsAdded} new here.`,
	],
	mergeExplained: 'Merge adds the new questions and, for a question in both, keeps the more recent answer; nothing here is removed.',
	replaceExplained: (p: ImportPreview) =>
		`Replace puts the file's progress in place of yours${p.onlyHere + p.examsOnlyHere > 0 ? `: ${plural(p.onlyHere, 'question')} and ${plural(p.examsOnlyHere, 'mock exam result')} found only here would go` : ''}. A backup of what you have now is kept in this browser.`,
	merge: 'Merge into my progress',
	replace: 'Replace my progress',
	imported: (how: 'merge' | 'replace', p: ImportPreview) =>
		how === 'merge'
			? `Imported: ${plural(p.added, 'question')} added, ${p.changed} updated, ${plural(p.examsAdded, 'mock exam result')} added.`
			: `Imported: your progress is now the file's (${plural(p.questionsInFile, 'question')}, ${plural(p.examsInFile, 'mock exam result')}).`,
	importCancelled: 'Import cancelled. Nothing was changed.',
	formatDate,
} as const;

function formatDate(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
