/**
 * The fixed ids of the value chain, with no dependencies: islands import these rather than reference-data.ts, so the
 * schema library stays out of the browser's JavaScript. reference-data.ts re-exports them for everything else.
 */

export const ACTIVITY_IDS = ['plan', 'improve', 'engage', 'design-and-transition', 'obtain-build', 'deliver-and-support'] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number];

/** Parties outside the value chain that flows can come from or go to. */
export const EXTERNAL_PARTIES = {
	'customers-and-users': 'Customers and users',
	'suppliers-and-partners': 'Suppliers and partners',
	'all-stakeholders': 'All stakeholders',
} as const;
export type FlowEndpoint = ActivityId | keyof typeof EXTERNAL_PARTIES;

export const CONTRIBUTION_LEVELS = ['high', 'medium', 'low', 'none'] as const;
