import type { LearningOutcome } from '../../src/domain/syllabus.ts';
import type { CatalogueQuestion, PracticeCatalogue } from '../../src/islands/practice-catalogue.ts';

/** A question whose right answer is option `correct` (0-based) of three. */
export function catalogueQuestion(id: string, outcome: LearningOutcome, correct = 1, topic = 'incident-management'): CatalogueQuestion {
	return {
		id,
		type: 'single',
		legendHtml: `Question ${id}?`,
		bodyHtml: '',
		options: [0, 1, 2].map((index) => ({ html: `${id} option ${index}`, correct: index === correct, rationaleHtml: `Why ${id} option ${index}.` })),
		source: { title: `Bank of ${id}`, href: `/bank/#q-${id}` },
		bankId: 'bank',
		outcome,
		topic,
		summary: `Question ${id}?`,
	};
}

export function catalogueOf(questions: CatalogueQuestion[]): PracticeCatalogue {
	return { banks: [{ id: 'bank', title: 'Bank', href: '/bank/' }], questions };
}
