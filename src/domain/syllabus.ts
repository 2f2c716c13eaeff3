/** The ITIL 4 Foundation learning outcomes that questions are tagged with, and the marks each carries in the exam. */
export const LEARNING_OUTCOMES = {
	LO1: { title: 'Key concepts of service management', examMarks: 5 },
	LO2: { title: 'The guiding principles', examMarks: 6 },
	LO3: { title: 'The four dimensions of service management', examMarks: 2 },
	LO4: { title: 'The purpose and components of the service value system', examMarks: 1 },
	LO5: { title: 'The activities of the service value chain and how they interconnect', examMarks: 2 },
	LO6: { title: 'The purpose of 15 ITIL practices', examMarks: 7 },
	LO7: { title: 'Seven ITIL practices in detail', examMarks: 17 },
} as const;

export type LearningOutcome = keyof typeof LEARNING_OUTCOMES;
export const LEARNING_OUTCOME_IDS = Object.keys(LEARNING_OUTCOMES) as [LearningOutcome, ...LearningOutcome[]];

/** The four ways the Foundation exam phrases a question. */
export const QUESTION_STYLES = ['standard', 'negative', 'missing-word', 'list'] as const;
export type QuestionStyle = (typeof QUESTION_STYLES)[number];

/** The mix-ups that learners make most often; questions aimed at one name it so coverage can be counted. */
export const CONFUSIONS = {
	'engage-vs-deliver-and-support': 'Engage or Deliver and support: talking with the user versus resolving and fulfilling',
	'plan-vs-improve': 'Plan or Improve: "improvement direction" is part of Plan',
	'engage-vs-plan': 'Engage or Plan',
	'obtain-build-vs-deliver-and-support': 'Obtain/build or Deliver and support: both say "agreed specifications"',
	'diagnosis-is-deliver-and-support': 'Diagnosing an incident is Deliver and support, not Design and transition',
	'version-5-split': 'Deliver and support as two activities exists only in ITIL (Version 5)',
} as const;
export type Confusion = keyof typeof CONFUSIONS;
export const CONFUSION_IDS = Object.keys(CONFUSIONS) as [Confusion, ...Confusion[]];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
