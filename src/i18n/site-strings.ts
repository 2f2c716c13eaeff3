/** Words the site shows around its content, kept in one place for translation. */
export const FOOTER_STRINGS = {
	reportProblem: 'Report a problem with this page',
	trademark:
		'ITIL® is a registered trademark of PeopleCert (formerly AXELOS). This guide is independent and is not endorsed by PeopleCert. Questions and explanations are original to this guide.',
} as const;

export const HEADING_LINK_STRINGS = {
	copy: 'Copy link',
	copyLabel: (section: string) => `Copy link to the section “${section}”`,
	copied: 'Link copied.',
	failed: 'Copy blocked: the link is selected below, copy it by hand.',
} as const;

/** The header's link to the Review page: "3 to review". */
export const DUE_COUNT_STRINGS = {
	toReview: 'to review',
} as const;

/** Shown when a new version of the site has been installed while a page is open. */
export const UPDATE_STRINGS = {
	updated: 'A newer version of this guide is ready.',
	reload: 'Reload to see it',
} as const;
