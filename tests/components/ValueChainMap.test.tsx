import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Activity } from '../../src/domain/reference-data.ts';
import ValueChainMap, { listNames, type MapActivity } from '../../src/islands/ValueChainMap.tsx';

const activities: MapActivity[] = (parse(readFileSync('content/data/activities.yaml', 'utf8')) as Activity[]).map((activity) => ({
	...activity,
	href: activity.page,
}));

afterEach(cleanup);

const activityButton = (name: string) => screen.getByRole('button', { name });
const panel = (container: Element) => container.querySelector('.vcm-panel') as HTMLElement;

describe('ValueChainMap', () => {
	it('without JavaScript: no fake buttons, and every activity’s purpose and flows as text, open', () => {
		const html = renderToString(<ValueChainMap activities={activities} />);
		expect(html).not.toContain('role="button"');
		expect(html).toMatch(/<details class="vcm-text" open/);
		for (const activity of activities) {
			expect(html).toContain(activity.purpose);
			for (const flow of activity.inputs) expect(html).toContain(flow.what);
		}
		expect(html).toContain('Change requests, to Obtain/build');
		expect(html).toContain('Knowledge and information about new and changed service components and services, from Design and transition and Obtain/build');
	});

	it('draws the preselected activity’s flows even before hydration', () => {
		const html = renderToString(<ValueChainMap activities={activities} selected="deliver-and-support" />);
		expect(html.match(/class="vcm-arrow is-in"/g)).toHaveLength(4);
		expect(html.match(/class="vcm-arrow is-out"/g)).toHaveLength(5);
		expect(html).toContain('Inputs (6)');
		expect(html).toContain('Outputs (7)');
	});

	it('offers the six activities as toggle buttons in a group named after the map', () => {
		const { container } = render(<ValueChainMap activities={activities} />);
		expect(screen.getByRole('group', { name: 'The service value chain' })).toBeTruthy();
		const buttons = within(container.querySelector('svg') as unknown as HTMLElement).getAllByRole('button');
		expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(activities.map((activity) => activity.name));
		expect(buttons.every((button) => button.getAttribute('tabindex') === '0' && button.getAttribute('aria-pressed') === 'false')).toBe(true);
		expect(panel(container).textContent).toBe('No activity chosen yet.');
	});

	it('chooses an activity with Enter or Space, shows its purpose and lists its flows with the arrow labels', () => {
		const { container } = render(<ValueChainMap activities={activities} />);
		fireEvent.keyDown(activityButton('Deliver and support'), { key: 'Enter' });
		expect(activityButton('Deliver and support').getAttribute('aria-pressed')).toBe('true');
		const text = panel(container).textContent!;
		expect(text).toContain('Ensures that services are delivered and supported as agreed');
		expect(within(panel(container)).getAllByRole('listitem')).toHaveLength(13);
		expect(text).toContain('out 6 Change requests, to Obtain/build');
		expect(text).toContain('in 4 User support tasks, from Engage');
		expect(screen.getByRole('status').textContent).toBe('Deliver and support: 6 inputs and 7 outputs, drawn in the map and listed below it.');
		expect(container.querySelectorAll('.vcm-arrow')).toHaveLength(9);

		fireEvent.keyDown(activityButton('Plan'), { key: ' ' });
		expect(activityButton('Plan').getAttribute('aria-pressed')).toBe('true');
		expect(activityButton('Deliver and support').getAttribute('aria-pressed')).toBe('false');
		expect(panel(container).textContent).toContain('Portfolio decisions, to Design and transition');
		expect(container.querySelector('[data-arrow="in-engage"] + *')).toBeTruthy();
	});

	it('a click chooses, and a second click on the same activity clears the choice', () => {
		const { container } = render(<ValueChainMap activities={activities} selected="engage" />);
		expect(activityButton('Engage').getAttribute('aria-pressed')).toBe('true');
		fireEvent.click(activityButton('Engage'));
		expect(activityButton('Engage').getAttribute('aria-pressed')).toBe('false');
		expect(container.querySelectorAll('.vcm-arrow')).toHaveLength(0);
		expect(screen.getByRole('status').textContent).toBe('Engage is no longer chosen.');
		// Once hydrated, the full text version folds away but stays on the page.
		expect((container.querySelector('details.vcm-text') as HTMLDetailsElement).open).toBe(false);
	});

	it('joins names the way a sentence does', () => {
		expect(listNames(['Engage'])).toBe('Engage');
		expect(listNames(['Engage', 'Improve'])).toBe('Engage and Improve');
		expect(listNames(['Plan', 'Engage', 'Improve'])).toBe('Plan, Engage and Improve');
	});
});
