/** Every word the Review island shows, in one place for translation. */
export const REVIEW_STRINGS = {
	loading: 'Loading your review…',
	loadFailed: 'The questions could not be loaded. Check your connection and reload the page.',
	quizTitle: 'Questions due for review',
	dueNow: (n: number) => (n === 0 ? 'No questions are due for review now.' : `${n} question${n === 1 ? ' is' : 's are'} due for review now.`),
	nothingYet: 'You have not answered any questions yet. Answer the questions at the end of a page in the guide and they will come back here when they are due.',
	roundLeft: (left: number, total: number) =>
		left === 0 ? `You have answered all ${total} question${total === 1 ? '' : 's'} of this round.` : `${left} of the ${total} question${total === 1 ? '' : 's'} in this round still to answer.`,
	roundIntro: (shown: number, due: number) => `Here are the ${shown} questions due soonest, of ${due} due. Answer them, then start the next round.`,
	nextRound: (n: number) => `Review the next ${n} due`,
	allCaughtUp: 'All caught up.',
	nextReview: (when: string) => `Your next review is ${when}.`,
	scheduleHeading: 'When each question comes back',
	scheduleIntro: 'A right answer is rated Good and comes back after a few days, then after longer and longer gaps; a wrong one is rated Again and comes back the next day.',
	scheduleCaption: 'Every question you have answered, soonest review first',
	columns: { question: 'Question', from: 'From', next: 'Next review', last: 'Latest answer' },
	due: 'Due now',
	inDays: (days: number, date: string) => (days <= 1 ? `Tomorrow or sooner (${date})` : `In ${days} days (${date})`),
	right: 'Right',
	wrong: 'Not right',
	retired: (id: string) => `A question no longer in the guide (${id})`,
	retiredNote: (n: number) =>
		`${n} of your scheduled questions ${n === 1 ? 'is' : 'are'} no longer in the guide. Their answers are kept, but they cannot be asked again.`,
	dropRetired: 'Stop scheduling reviews for them',
	droppedRetired: 'Reviews for questions no longer in the guide are no longer scheduled. Their answers are kept.',
	formatDate: (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso)),
} as const;
