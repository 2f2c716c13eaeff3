/** The one place for the project's identity: the repository that edit, report and source links point at. */
export const SITE = {
	title: 'Deliver and Support Guide',
	description:
		"A free, open guide to ITIL 4's Deliver and support value chain activity: clear explanations, comparisons, exercises and exam-style self-checks.",
	repository: 'https://github.com/itil-guides/deliver-and-support',
	branch: 'main',
	/** Used when SITE_URL is not set; deploys set SITE_URL (and BASE_PATH for a sub-path such as a GitHub Pages project site). */
	defaultUrl: 'https://itil-guides.github.io',
} as const;

/**
 * Pagefind ranking. By default Pagefind favours short pages, and every one-question page is short: a search for
 * "incident" would list questions that mention it before the page that explains it. Page length is ignored instead;
 * the other figures are Starlight's defaults, written out so the search test ranks exactly as the search dialog does.
 */
export const SEARCH_RANKING = { pageLength: 0, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 } as const;

export const repositoryFileUrl = (path: string) => `${SITE.repository}/blob/${SITE.branch}/${path}`;
export const repositoryEditUrl = (path: string) => `${SITE.repository}/edit/${SITE.branch}/${path}`;

/** A pre-filled "new issue" link naming the page (and question) a reader wants to report. */
export function reportProblemUrl({ pageUrl, questionId }: { pageUrl: string; questionId?: string }): string {
	const title = questionId ? `Problem with question ${questionId}` : `Problem on ${new URL(pageUrl).pathname}`;
	const body = [
		`Page: ${pageUrl}`,
		...(questionId ? [`Question id: ${questionId}`] : []),
		'',
		'What is wrong, and what should it say instead? A source helps us check.',
	].join('\n');
	return `${SITE.repository}/issues/new?${new URLSearchParams({ title, body })}`;
}
