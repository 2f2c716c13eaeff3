import { describe, expect, it } from 'vitest';
import { sidebarItems } from '../../src/navigation/sidebar.ts';

describe('sidebar items from content/docs', () => {
	it('lists a folder in sidebar order, its index page first', () => {
		expect(sidebarItems('content/docs', 'deliver-and-support').map((item) => item.slug)).toEqual([
			'deliver-and-support',
			'deliver-and-support/inputs-and-outputs',
			'deliver-and-support/day-to-day-operations',
			'deliver-and-support/monitoring-and-trends',
			'deliver-and-support/practices',
			'deliver-and-support/roles',
			'deliver-and-support/what-it-is-not',
			'deliver-and-support/value-streams',
		]);
	});
});
