/** What the benchmark measures; change these lists to measure other pages or queries. */

export interface PageType {
	/** Short name used in the report. */
	name: string;
	/** Site path under the base. */
	path: string;
}

/** One page of each kind the guide has. Every guide page ends with a quiz; the kinds differ in what comes before it. */
export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'plain content page', path: '/concepts/utility-and-warranty/' },
	{ name: 'quiz page', path: '/deliver-and-support/' },
	{ name: 'role-mapping page', path: '/deliver-and-support/roles/' },
	{ name: 'comparison page', path: '/deliver-and-support/what-it-is-not/' },
	{ name: 'value chain map page', path: '/value-chain/' },
];

/** The page the plain-page and quiz-page budgets apply to (names from PAGE_TYPES). */
export const PLAIN_PAGE = 'plain content page';
export const QUIZ_PAGE = 'quiz page';

/** Typed into search on the page-type measurements (through the real dialog). */
export const DIALOG_QUERY = 'incident';

/** Typical queries a learner types, run one after another through Pagefind's JavaScript API in one page. */
export const SEARCH_QUERIES: readonly string[] = [
	'incident',
	'watermelon effect',
	'service desk',
	'agreed specifications',
	'problem management',
	'known error',
	'workaround',
	'change enablement',
	'service level agreement',
	'service request',
	'value stream',
	'utility and warranty',
	'four dimensions',
	'guiding principles',
	'continual improvement',
	'monitoring and event management',
	'major incident',
	'governing body',
	'outcomes costs risks',
	'deliver and support',
];

/** Lighthouse runs per page: the report takes the median performance score (see lighthouse.ts). */
export const LIGHTHOUSE_RUNS = 3;

/** Content multipliers for the scaling run (1 = today's content). */
export const SCALES: readonly number[] = [1, 10, 50];

/** Budgets: reported as pass or fail, never asserted in tests. Bytes are gzip. */
export const BUDGETS = {
	/** JavaScript a plain content page fetches without any interaction. */
	plainPageJs: 6 * 1024,
	/** JavaScript the quiz page fetches in all: loading, scrolling its quiz into view and answering a question. */
	quizPageJs: 20 * 1024,
	lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
} as const;

/** Lighthouse's default (mobile) run, with Debian's Chromium. */
export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
