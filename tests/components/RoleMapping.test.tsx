import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import RoleMapping, { type RoleMappingProps } from '../../src/islands/RoleMapping.tsx';
import { demoExercise } from '../fixtures/mapping-exercise.ts';

const exercise: RoleMappingProps['exercise'] = { ...demoExercise, title: 'Who does what?', instructions: 'Put each step with its activity.' };

afterEach(cleanup);

const zone = (name: string) => screen.getByRole('group', { name });
const itemIn = (zoneName: string) => within(zone(zoneName)).queryAllByRole('listitem').map((li) => li.getAttribute('data-item'));
const status = () => screen.getByRole('status').textContent;
const select = (text: string) => screen.getByRole('combobox', { name: `Put in (${text})` }) as HTMLSelectElement;

describe('RoleMapping', () => {
	it('is readable without JavaScript: items, targets, and the answers inside <details>', () => {
		const html = renderToString(<RoleMapping exercise={exercise} />);
		expect(html).toContain('Put each step with its activity.');
		for (const item of exercise.items) expect(html).toContain(`<li>${item.text}</li>`);
		for (const target of exercise.targets) expect(html).toContain(`<li>${target.label}</li>`);
		const details = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
		expect(details).toContain('data-pagefind-ignore');
		expect(details).toContain('Fix the fault: Deliver and support.');
		expect(details).toContain('Resolving is Deliver and support.');
		expect(html).not.toContain('<select');
	});

	it('places an item with its select and announces the move', () => {
		render(<RoleMapping exercise={exercise} />);
		expect(itemIn('Not placed yet')).toEqual(['log', 'fix', 'confirm']);
		fireEvent.change(select('Fix the fault'), { target: { value: 'deliver-and-support' } });
		expect(itemIn('Deliver and support')).toEqual(['fix']);
		expect(itemIn('Not placed yet')).toEqual(['log', 'confirm']);
		expect(status()).toBe('Moved “Fix the fault” to Deliver and support.');
		fireEvent.change(select('Fix the fault'), { target: { value: '' } });
		expect(itemIn('Not placed yet')).toEqual(['log', 'fix', 'confirm']);
		expect(status()).toBe('Moved “Fix the fault” back to the items not placed yet.');
	});

	it('places an item by pressing it, then pressing a box', () => {
		render(<RoleMapping exercise={exercise} />);
		const pick = screen.getByRole('button', { name: 'Log the call' });
		fireEvent.click(pick);
		expect(pick.getAttribute('aria-pressed')).toBe('true');
		expect(status()).toContain('Picked “Log the call”');
		fireEvent.click(screen.getByRole('button', { name: 'Move “Log the call” to Engage' }));
		expect(itemIn('Engage')).toEqual(['log']);
		expect(status()).toBe('Moved “Log the call” to Engage.');
		expect(screen.queryByRole('button', { name: /^Move “/ })).toBeNull();
		// Pressing the box itself works too (a tap on a touch screen).
		fireEvent.click(screen.getByRole('button', { name: 'Confirm with the user' }));
		fireEvent.click(zone('Deliver and support'));
		expect(itemIn('Deliver and support')).toEqual(['confirm']);
		// Pressing a picked item again puts it down without moving it.
		fireEvent.click(screen.getByRole('button', { name: 'Fix the fault' }));
		fireEvent.click(screen.getByRole('button', { name: 'Fix the fault' }));
		expect(screen.getByRole('button', { name: 'Fix the fault' }).getAttribute('aria-pressed')).toBe('false');
		expect(itemIn('Not placed yet')).toEqual(['fix']);
	});

	it('checks each item in words, retries only the wrong ones, shows the solution and resets', () => {
		render(<RoleMapping exercise={exercise} />);
		fireEvent.change(select('Log the call'), { target: { value: 'engage' } });
		fireEvent.change(select('Fix the fault'), { target: { value: 'engage' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(status()).toBe('1 of 3 right. 1 not right. 1 not placed yet.');
		const log = screen.getByRole('button', { name: 'Log the call' }).closest('li')!;
		const fix = screen.getByRole('button', { name: 'Fix the fault' }).closest('li')!;
		expect(log.textContent).toContain('Right. Talking with the user is Engage.');
		expect(fix.textContent).toContain('Not right. Resolving is Deliver and support.');

		fireEvent.click(screen.getByRole('button', { name: 'Retry the wrong ones' }));
		expect(itemIn('Engage')).toEqual(['log']);
		expect(itemIn('Not placed yet')).toEqual(['fix', 'confirm']);
		expect(status()).toBe('1 item moved back to try again.');
		expect(screen.getByRole('button', { name: 'Log the call' }).closest('li')!.textContent).toContain('Right.');

		fireEvent.click(screen.getByRole('button', { name: 'Show solution' }));
		expect(itemIn('Engage')).toEqual(['log', 'confirm']);
		expect(itemIn('Deliver and support')).toEqual(['fix']);
		expect(screen.getByRole('button', { name: 'Confirm with the user' }).closest('li')!.textContent).toContain('Confirming is Engage again.');

		fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
		expect(itemIn('Not placed yet')).toEqual(['log', 'fix', 'confirm']);
		expect(screen.queryByText(/^Right\./)).toBeNull();
	});

	it('says when everything is right, and a moved item loses its mark', () => {
		render(<RoleMapping exercise={exercise} />);
		for (const item of exercise.items) fireEvent.change(select(item.text), { target: { value: item.target } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(status()).toBe('All 3 right. Well done.');
		fireEvent.change(select('Log the call'), { target: { value: 'deliver-and-support' } });
		expect(screen.getByRole('button', { name: 'Log the call' }).closest('li')!.textContent).not.toContain('Right.');
	});

	it('has no aria-grabbed or aria-dropeffect', () => {
		const { container } = render(<RoleMapping exercise={exercise} />);
		expect(container.querySelectorAll('[aria-grabbed], [aria-dropeffect]')).toHaveLength(0);
	});
});
