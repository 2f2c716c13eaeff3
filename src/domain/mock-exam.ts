import { gradeQuestion, type GradableQuestion } from './grading.ts';
import { LEARNING_OUTCOME_IDS, LEARNING_OUTCOMES, type LearningOutcome } from './syllabus.ts';

/**
 * A mock Foundation exam: 40 questions weighted by learning outcome like the real paper, drawn deterministically
 * from a seed, so a trainer can share one link and a whole class sits the same paper.
 */

export const EXAM_RULES = {
	questions: 40,
	passMark: 26,
	minutes: 60,
	/** With 25% extra time, for candidates sitting the exam in a language that is not their own. */
	extendedMinutes: 75,
} as const;

export const EXAM_DURATIONS = [EXAM_RULES.minutes, EXAM_RULES.extendedMinutes] as const;

/** The marks each outcome carries in the real exam (they add up to 40). */
export const EXAM_MARKS: Readonly<Record<LearningOutcome, number>> = Object.fromEntries(
	LEARNING_OUTCOME_IDS.map((id) => [id, LEARNING_OUTCOMES[id].examMarks]),
) as Record<LearningOutcome, number>;

/** Questions about the exam itself (its format, its traps) are not exam questions, so mock papers leave them out. */
export const EXCLUDED_TOPIC = 'exam';

export interface ExamCandidate {
	id: string;
	outcome: LearningOutcome;
	topic: string;
}

export const isExamCandidate = (question: { topic: string }) => question.topic !== EXCLUDED_TOPIC;

// ---------- Seeds and the seeded random number generator ----------

const SEED_PATTERN = /^[a-z0-9]{1,24}$/;

/** A seed is up to 24 lowercase letters and digits, so it reads well in a link. */
export const isValidSeed = (seed: string) => SEED_PATTERN.test(seed);

export function normalizeSeed(seed: string | null | undefined): string | undefined {
	const trimmed = seed?.trim().toLowerCase() ?? '';
	return isValidSeed(trimmed) ? trimmed : undefined;
}

/** A new random seed of 8 characters; `random` is injectable for tests. */
export function newSeed(random: () => number = Math.random): string {
	let seed = '';
	for (let i = 0; i < 8; i++) seed += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)];
	return seed;
}

/** FNV-1a: a seed string to 32 bits. */
export function hashSeed(seed: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		hash ^= seed.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Mulberry32: a small, fast PRNG; the same seed always gives the same sequence in every browser. */
export function seededRandom(seed: string): () => number {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

// ---------- Weighting ----------

export interface PaperPlan {
	/** Questions per outcome on the paper. */
	perOutcome: Record<LearningOutcome, number>;
	/** Questions on the paper: 40 unless the banks hold fewer eligible questions. */
	total: number;
	/** Outcomes with fewer questions in the banks than the exam's marks, and what was taken instead. */
	shortfalls: { outcome: LearningOutcome; marks: number; available: number }[];
	/** The pass mark for this paper: 26 for 40 questions, otherwise the same 65% rounded up. */
	passMark: number;
}

/**
 * Each outcome gets its exam marks, or every question it has when it has fewer. The questions still missing go,
 * one at a time, to the outcome with spare questions whose marks are least served so far (the largest
 * marks / (taken + 1), ties to the earlier outcome), so the paper stays as close to the exam's weighting as the banks allow.
 */
export function planPaper(available: Readonly<Partial<Record<LearningOutcome, number>>>, total: number = EXAM_RULES.questions): PaperPlan {
	const perOutcome = Object.fromEntries(LEARNING_OUTCOME_IDS.map((id) => [id, 0])) as Record<LearningOutcome, number>;
	const shortfalls: PaperPlan['shortfalls'] = [];
	for (const id of LEARNING_OUTCOME_IDS) {
		const have = available[id] ?? 0;
		perOutcome[id] = Math.min(EXAM_MARKS[id], have);
		if (have < EXAM_MARKS[id]) shortfalls.push({ outcome: id, marks: EXAM_MARKS[id], available: have });
	}
	let placed = LEARNING_OUTCOME_IDS.reduce((sum, id) => sum + perOutcome[id], 0);
	while (placed < total) {
		let best: LearningOutcome | undefined;
		let bestScore = -1;
		for (const id of LEARNING_OUTCOME_IDS) {
			if (perOutcome[id] >= (available[id] ?? 0)) continue;
			const score = EXAM_MARKS[id] / (perOutcome[id] + 1);
			if (score > bestScore) {
				best = id;
				bestScore = score;
			}
		}
		if (!best) break;
		perOutcome[best]++;
		placed++;
	}
	return { perOutcome, total: placed, shortfalls, passMark: passMarkFor(placed) };
}

/** 26 for a 40-question paper; for a shorter one (too few questions in the banks) the same 65%, rounded up. */
export function passMarkFor(questions: number): number {
	return questions === EXAM_RULES.questions ? EXAM_RULES.passMark : Math.ceil((EXAM_RULES.passMark / EXAM_RULES.questions) * questions);
}

export function countByOutcome(candidates: readonly ExamCandidate[]): Record<LearningOutcome, number> {
	const counts = Object.fromEntries(LEARNING_OUTCOME_IDS.map((id) => [id, 0])) as Record<LearningOutcome, number>;
	for (const candidate of candidates) if (isExamCandidate(candidate)) counts[candidate.outcome]++;
	return counts;
}

export interface Paper {
	seed: string;
	questionIds: string[];
	plan: PaperPlan;
}

/**
 * The paper for a seed: per outcome, the eligible questions in id order are shuffled and the plan's number taken;
 * then the whole paper is shuffled so outcomes mix as in the exam. Same seed and same banks, same paper.
 */
export function drawPaper(candidates: readonly ExamCandidate[], seed: string): Paper {
	const eligible = candidates.filter(isExamCandidate).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const plan = planPaper(countByOutcome(eligible));
	const random = seededRandom(seed);
	const picked: string[] = [];
	for (const outcome of LEARNING_OUTCOME_IDS) {
		const pool = eligible.filter((candidate) => candidate.outcome === outcome).map((candidate) => candidate.id);
		picked.push(...shuffle(pool, random).slice(0, plan.perOutcome[outcome]));
	}
	return { seed, questionIds: shuffle(picked, random), plan };
}

// ---------- Scoring and time ----------

export interface ExamScore {
	correct: number;
	total: number;
	answered: number;
	passMark: number;
	passed: boolean;
	byOutcome: Record<LearningOutcome, { correct: number; total: number }>;
	results: Record<string, ReturnType<typeof gradeQuestion>>;
}

/** Grades every question on the paper; an unanswered question is wrong (the exam has no negative marking). */
export function scoreExam(
	questions: readonly (GradableQuestion & { outcome: LearningOutcome })[],
	answers: Readonly<Record<string, readonly number[]>>,
	passMark: number = EXAM_RULES.passMark,
): ExamScore {
	const byOutcome = Object.fromEntries(LEARNING_OUTCOME_IDS.map((id) => [id, { correct: 0, total: 0 }])) as ExamScore['byOutcome'];
	const results: ExamScore['results'] = {};
	let correct = 0;
	let answered = 0;
	for (const question of questions) {
		const chosen = answers[question.id] ?? [];
		if (chosen.length > 0) answered++;
		const result = gradeQuestion(question, new Set(chosen));
		results[question.id] = result;
		byOutcome[question.outcome].total++;
		if (result.correct) {
			correct++;
			byOutcome[question.outcome].correct++;
		}
	}
	return { correct, total: questions.length, answered, passMark, passed: correct >= passMark, byOutcome, results };
}

export function examDeadline(start: Date, minutes: number): Date {
	return new Date(start.getTime() + minutes * 60_000);
}

export function remainingMs(deadline: string | Date, now: Date): number {
	return Math.max(0, new Date(deadline).getTime() - now.getTime());
}

/** "59:07", or "75:00": minutes and seconds, as an exam clock shows them. Rounds up, so "0:00" means time is really up. */
export function formatClock(ms: number): string {
	const totalSeconds = Math.ceil(ms / 1000);
	const minutes = Math.floor(totalSeconds / 60);
	const seconds = totalSeconds % 60;
	return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
