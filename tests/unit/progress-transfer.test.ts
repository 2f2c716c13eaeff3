import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress, withAnswer } from '../../src/domain/progress-store.ts';
import { catchUpReviews } from '../../src/domain/review-schedule.ts';
import { EXPORT_FORMAT, exportDocument, mergeProgress, parseImport, previewImport } from '../../src/domain/progress-transfer.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));

function answers(...entries: [string, boolean, number][]): Progress {
	return entries.reduce((state, [id, correct, day]) => withAnswer(state, id, [0], correct, at(day)), emptyProgress());
}

const exam = (id: string, finishedDay: number) => ({
	id,
	seed: 'abc',
	startedAt: at(finishedDay).toISOString(),
	finishedAt: at(finishedDay).toISOString(),
	minutes: 60,
	timedOut: false,
	questionIds: ['a'],
	answers: { a: [0] },
	flagged: [],
	correct: 1,
	total: 1,
	passMark: 1,
	passed: true,
});

describe('export and import', () => {
	it('round-trips: what is exported imports back unchanged (an exam in progress stays behind)', () => {
		const progress: Progress = {
			...answers(['a', true, 1], ['b', false, 2]),
			exams: [exam('e1', 3)],
			activeExam: { seed: 's', startedAt: 'x', deadline: 'y', minutes: 60, questionIds: ['a'], answers: {}, flagged: [], current: 0 },
		};
		const text = exportDocument(progress, at(5));
		expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, exportedAt: at(5).toISOString() });
		const imported = parseImport(text, at(6));
		expect(imported).toEqual({ ok: true, progress: { version: 2, answers: progress.answers, exams: progress.exams }, exportedAt: at(5).toISOString() });
	});

	it('accepts a bare version-1 document and migrates it', () => {
		const v1 = { version: 1, answers: { q: { chosen: [2], correct: true, answeredAt: at(1).toISOString(), attempts: 2, correctAttempts: 1 } } };
		const imported = parseImport(JSON.stringify(v1), at(6));
		expect(imported.ok && catchUpReviews(imported.progress).answers.q).toMatchObject({ chosen: [2], attempts: 2, card: { due: at(4).toISOString() } });
	});

	it('rejects text that is not JSON, and JSON that is not progress, saying which', () => {
		expect(parseImport('{oops', at(1))).toEqual({ ok: false, error: 'not-json' });
		expect(parseImport('{"hello":"world"}', at(1))).toEqual({ ok: false, error: 'not-progress' });
		expect(parseImport(JSON.stringify({ format: EXPORT_FORMAT, exportedAt: 'x', progress: { version: 2, answers: { q: { chosen: 'no' } }, exams: [] } }), at(1))).toEqual({
			ok: false,
			error: 'not-progress',
		});
	});
});

describe('merge and its preview', () => {
	const here = { ...answers(['same', true, 1], ['older-here', false, 1], ['only-here', true, 2]), exams: [exam('e1', 2)] };
	const there = { ...answers(['same', true, 1], ['older-here', true, 3], ['new', false, 4]), exams: [exam('e1', 2), exam('e2', 5)] };

	it('previews what a merge would add and change, and what a replace would drop', () => {
		expect(previewImport(here, there)).toEqual({
			questionsInFile: 3,
			added: 1,
			changed: 1,
			unchanged: 1,
			onlyHere: 1,
			examsInFile: 2,
			examsAdded: 1,
			examsOnlyHere: 0,
		});
	});

	it('keeps the more recent answer of a question, joins the histories, and never counts one attempt twice', () => {
		const merged = mergeProgress(here, there);
		expect(Object.keys(merged.answers).sort()).toEqual(['new', 'older-here', 'only-here', 'same']);
		expect(merged.answers['older-here']).toMatchObject({ correct: true, answeredAt: at(3).toISOString(), attempts: 2, correctAttempts: 1 });
		expect(merged.answers['older-here']!.history.map((attempt) => attempt.at)).toEqual([at(1).toISOString(), at(3).toISOString()]);
		expect(merged.answers['older-here']!.card).toEqual(there.answers['older-here']!.card);
		expect(merged.answers.same).toEqual(here.answers.same);
		expect(merged.exams.map((result) => result.id)).toEqual(['e1', 'e2']);
	});

	it('changes nothing when the same file is merged twice', () => {
		const once = mergeProgress(here, there);
		expect(mergeProgress(once, there)).toEqual(once);
		expect(previewImport(once, there)).toMatchObject({ added: 0, changed: 0, unchanged: 3, examsAdded: 0 });
	});
});
