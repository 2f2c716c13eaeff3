import type { OptionVerdict } from '../domain/grading.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every word the Mock exam island shows, in one place for translation. */
export const MOCK_EXAM_STRINGS = {
	loading: 'Loading the question banks…',
	loadFailed: 'The questions could not be loaded. Check your connection and reload the page.',
	startHeading: 'Sit a mock exam',
	seedLabel: 'Paper seed',
	seedHint: 'Keep it for a new paper, or type the seed a trainer gave you: the same seed gives the same questions in the same order.',
	seedFromLink: 'This seed comes from the link you followed, so you will sit the same paper as everyone who uses it.',
	seedInvalid: 'A seed is 1 to 24 letters and digits, such as "k3x9q2ab".',
	seedBadLink: (seed: string) => `The link's seed "${seed}" is not valid, so a new seed was chosen.`,
	shareLabel: 'Link to this paper:',
	durationLegend: 'Time allowed',
	standardTime: (minutes: number) => `${minutes} minutes (standard)`,
	extraTime: (minutes: number) => `${minutes} minutes (25% extra time, for candidates sitting the exam in a language that is not their own)`,
	start: 'Start the exam',
	paperSize: (questions: number, passMark: number) => `${plural(questions, 'question')}; the pass mark is ${passMark}.`,
	historyHeading: 'Your mock exams',
	historyCaption: 'Every mock exam you have finished, newest first',
	historyColumns: { date: 'Date', seed: 'Seed', score: 'Score', result: 'Result', time: 'Time used', actions: 'Actions' },
	reviewResult: (date: string) => `Review the exam of ${date}`,
	reviewShort: 'Review',
	sitAgain: 'Sit this paper again',
	pass: 'Pass',
	notPass: 'Not a pass',
	noHistory: 'You have not finished a mock exam yet.',
	// While sitting the exam
	questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
	timeLeft: 'Time left:',
	timeWarning: (minutes: number) => `${plural(minutes, 'minute')} left.`,
	chooseOne: 'Choose one answer.',
	chooseN: (n: number) => `Choose ${n} answers.`,
	flag: 'Flag this question to come back to it',
	previous: 'Previous question',
	next: 'Next question',
	navigatorLabel: 'Questions on the paper',
	navigatorKey: '✓ answered, ⚑ flagged',
	navigatorItem: (n: number, answered: boolean, flagged: boolean) =>
		`Question ${n}${answered ? ', answered' : ', not answered'}${flagged ? ', flagged' : ''}`,
	answeredCount: (answered: number, total: number, flagged: number) =>
		`${answered} of ${total} answered${flagged ? `, ${flagged} flagged` : ''}.`,
	submit: 'Submit the exam',
	confirmSubmit: (unanswered: number, flagged: number) =>
		[
			'Submit your answers now? You cannot change them afterwards.',
			unanswered ? `${plural(unanswered, 'question')} ${unanswered === 1 ? 'is' : 'are'} unanswered and will count as wrong.` : '',
			flagged ? `${plural(flagged, 'question')} ${flagged === 1 ? 'is' : 'are'} flagged.` : '',
		]
			.filter(Boolean)
			.join(' '),
	confirmYes: 'Submit',
	confirmNo: 'Keep going',
	resumed: 'Your exam in progress has been resumed; the clock kept running.',
	// The result
	resultHeading: 'Your result',
	score: (correct: number, total: number, percent: number, passed: boolean, passMark: number) =>
		`${correct} of ${total} (${percent}%): ${passed ? 'pass' : 'not a pass yet'}. The pass mark is ${passMark} of ${total}.`,
	timedOut: 'Time ran out, so the exam was submitted with the answers you had given.',
	timeUsed: (used: string, minutes: number) => `Time used: ${used} of ${minutes} minutes.`,
	byOutcomeCaption: 'Your score by syllabus learning outcome',
	byOutcomeColumns: { outcome: 'Learning outcome', right: 'Right' },
	rightOf: (correct: number, total: number) => `${correct} of ${total}`,
	backToStart: 'Back to the mock exam start',
	reviewHeading: 'Every question, with explanations',
	filterLegend: 'Show',
	filters: { all: 'All questions', wrong: 'Wrong or unanswered', flagged: 'Flagged' },
	filterEmpty: 'No questions match.',
	yourAnswerNone: 'You did not answer this question.',
	flaggedMark: 'You flagged this question.',
	resultRight: 'Right.',
	resultWrong: 'Not right.',
	verdicts: {
		'chosen-correct': 'Your choice: correct.',
		'chosen-wrong': 'Your choice: not correct.',
		missed: 'Correct answer you did not choose.',
		'not-chosen': 'Not correct.',
	} satisfies Record<OptionVerdict, string>,
	from: 'From:',
	retired: (id: string) => `This question (${id}) is no longer in the guide.`,
	formatDate: (iso: string) =>
		new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)),
} as const;
