import type { LearningOutcome } from '../domain/syllabus.ts';
import type { QuizQuestionView } from './Quiz.tsx';

/**
 * Every question in the guide, served as one static JSON file (/practice-questions.json) built from the banks.
 * The Review and Mock exam pages choose their questions in the browser (what is due, which seed), so they fetch it.
 */
export interface CatalogueQuestion extends QuizQuestionView {
	source: { title: string; href: string };
	bankId: string;
	outcome: LearningOutcome;
	topic: string;
	/** The stem's start as plain text, for lists. */
	summary: string;
}

export interface PracticeCatalogue {
	banks: { id: string; title: string; href: string }[];
	questions: CatalogueQuestion[];
}

export async function fetchCatalogue(url: string): Promise<PracticeCatalogue> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as PracticeCatalogue;
}
