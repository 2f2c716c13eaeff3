import { describe, expect, it } from 'vitest';
import {
	countByOutcome,
	drawPaper,
	EXAM_MARKS,
	EXAM_RULES,
	type ExamCandidate,
	formatClock,
	newSeed,
	normalizeSeed,
	planPaper,
	remainingMs,
	scoreExam,
	seededRandom,
} from '../../src/domain/mock-exam.ts';
import { LEARNING_OUTCOME_IDS, type LearningOutcome } from '../../src/domain/syllabus.ts';
import { readQuestionBanks } from '../../src/loaders/content-files.ts';

const banks = readQuestionBanks(process.cwd()).banks;
const candidates: ExamCandidate[] = banks.flatMap((bank) => bank.questions.map(({ id, outcome, topic }) => ({ id, outcome, topic })));
const topicOf = new Map(candidates.map((candidate) => [candidate.id, candidate]));

/** A synthetic bank with `counts[outcome]` questions per outcome. */
function syntheticBank(counts: Partial<Record<LearningOutcome, number>>): ExamCandidate[] {
	return LEARNING_OUTCOME_IDS.flatMap((outcome) =>
		Array.from({ length: counts[outcome] ?? 0 }, (_, i) => ({ id: `${outcome.toLowerCase()}-${i}`, outcome, topic: 't' })),
	);
}

describe('exam weighting', () => {
	it('gives each outcome its exam marks when the banks have enough', () => {
		const plan = planPaper({ LO1: 30, LO2: 30, LO3: 30, LO4: 30, LO5: 30, LO6: 30, LO7: 30 });
		expect(plan.perOutcome).toEqual({ LO1: 5, LO2: 6, LO3: 2, LO4: 1, LO5: 2, LO6: 7, LO7: 17 });
		expect(plan).toMatchObject({ total: 40, passMark: 26, shortfalls: [] });
	});

	it('fills a short outcome\'s gap from the outcomes the exam weights most, as far as they have questions', () => {
		const plan = planPaper({ LO1: 30, LO2: 3, LO3: 30, LO4: 0, LO5: 30, LO6: 30, LO7: 30 });
		expect(plan.shortfalls).toEqual([
			{ outcome: 'LO2', marks: 6, available: 3 },
			{ outcome: 'LO4', marks: 1, available: 0 },
		]);
		expect(plan.total).toBe(40);
		expect(plan.perOutcome.LO2).toBe(3);
		expect(plan.perOutcome.LO4).toBe(0);
		// Four questions to place: they go by marks / (taken + 1), so LO7 and LO6 take them first.
		expect(plan.perOutcome).toEqual({ LO1: 5, LO2: 3, LO3: 2, LO4: 0, LO5: 2, LO6: 8, LO7: 20 });
	});

	it('makes a shorter paper with a pass mark of 65% when the banks hold fewer than 40 questions', () => {
		const plan = planPaper({ LO1: 5, LO2: 5, LO7: 10 });
		expect(plan.total).toBe(20);
		expect(plan.passMark).toBe(13);
	});

	it('on this site\'s banks, matches the real exam exactly, leaving out questions about the exam itself', () => {
		const counts = countByOutcome(candidates);
		expect(candidates.some((candidate) => candidate.topic === 'exam')).toBe(true);
		for (const outcome of LEARNING_OUTCOME_IDS) expect(counts[outcome]).toBeGreaterThanOrEqual(EXAM_MARKS[outcome]);
		const paper = drawPaper(candidates, 'class-a');
		expect(paper.questionIds).toHaveLength(EXAM_RULES.questions);
		expect(new Set(paper.questionIds).size).toBe(EXAM_RULES.questions);
		expect(paper.questionIds.every((id) => topicOf.get(id)!.topic !== 'exam')).toBe(true);
		const drawn = Object.fromEntries(LEARNING_OUTCOME_IDS.map((outcome) => [outcome, 0]));
		for (const id of paper.questionIds) drawn[topicOf.get(id)!.outcome]!++;
		expect(drawn).toEqual({ LO1: 5, LO2: 6, LO3: 2, LO4: 1, LO5: 2, LO6: 7, LO7: 17 });
	});
});

describe('seeded draws', () => {
	it('draws the same paper, in the same order, for the same seed', () => {
		expect(drawPaper(candidates, 'trainer42').questionIds).toEqual(drawPaper(candidates, 'trainer42').questionIds);
	});

	it('does not depend on the order the banks are read in', () => {
		expect(drawPaper([...candidates].reverse(), 'trainer42').questionIds).toEqual(drawPaper(candidates, 'trainer42').questionIds);
	});

	it('draws a different paper for a different seed', () => {
		const first = drawPaper(candidates, 'trainer42').questionIds;
		const second = drawPaper(candidates, 'trainer43').questionIds;
		expect(second).not.toEqual(first);
		expect(new Set(second)).not.toEqual(new Set(first));
	});

	it('gives the same random sequence for a seed, spread over [0, 1)', () => {
		const a = seededRandom('abc');
		const b = seededRandom('abc');
		const values = Array.from({ length: 1000 }, () => a());
		expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(400);
	});

	it('accepts only short lowercase seeds, and makes new ones of 8 characters', () => {
		expect(normalizeSeed(' Class-A ')).toBeUndefined();
		expect(normalizeSeed('ClassA')).toBe('classa');
		expect(normalizeSeed('')).toBeUndefined();
		expect(normalizeSeed(null)).toBeUndefined();
		expect(newSeed(() => 0.5)).toBe('iiiiiiii');
		expect(newSeed()).toMatch(/^[a-z0-9]{8}$/);
	});

	it('draws a whole synthetic bank when it has exactly 40 questions', () => {
		const bank = syntheticBank({ LO1: 5, LO2: 6, LO3: 2, LO4: 1, LO5: 2, LO6: 7, LO7: 17 });
		expect(new Set(drawPaper(bank, 'x').questionIds)).toEqual(new Set(bank.map((question) => question.id)));
	});
});

describe('scoring and time', () => {
	const question = (id: string, outcome: LearningOutcome, correctIndex: number) => ({
		id,
		type: 'single' as const,
		outcome,
		options: [0, 1, 2, 3].map((i) => ({ correct: i === correctIndex })),
	});

	it('passes at 26 of 40 and fails at 25, counting unanswered questions as wrong', () => {
		const questions = Array.from({ length: 40 }, (_, i) => question(`q${i}`, i < 17 ? 'LO7' : 'LO1', 0));
		const answers = (right: number) => Object.fromEntries(questions.slice(0, right).map((q) => [q.id, [0]]));
		expect(scoreExam(questions, answers(26))).toMatchObject({ correct: 26, total: 40, answered: 26, passed: true });
		expect(scoreExam(questions, answers(25))).toMatchObject({ correct: 25, passed: false });
		expect(scoreExam(questions, answers(20)).byOutcome.LO7).toEqual({ correct: 17, total: 17 });
		expect(scoreExam(questions, { q0: [1] }).results.q0?.verdicts).toEqual(['missed', 'chosen-wrong', 'not-chosen', 'not-chosen']);
	});

	it('counts down to zero and never below, and shows minutes and seconds', () => {
		const deadline = '2026-11-28T11:00:00.000Z';
		expect(remainingMs(deadline, new Date('2026-11-28T10:00:00.000Z'))).toBe(3_600_000);
		expect(remainingMs(deadline, new Date('2026-11-28T11:00:05.000Z'))).toBe(0);
		expect(formatClock(75 * 60_000)).toBe('75:00');
		expect(formatClock(59 * 60_000 + 7_000)).toBe('59:07');
		expect(formatClock(500)).toBe('0:01');
		expect(formatClock(0)).toBe('0:00');
	});
});
