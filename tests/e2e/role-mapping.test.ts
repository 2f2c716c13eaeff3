import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Exercise } from '../../src/domain/exercise.ts';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { axeViolations, focused, hydrate, tabUntil } from './islands-helpers.ts';

const load = (id: string) => parse(readFileSync(`content/exercises/${id}.yaml`, 'utf8')) as Exercise;
const stream = load('ds-server-down-stream');
const outputs = load('ds-output-destinations');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const exerciseRoot = (page: Page, id: string) => page.locator(`.role-mapping[data-exercise="${id}"]`);
const zone = (root: Locator, targetId: string | null) => root.locator(`.rm-zone[data-zone="${targetId ?? ''}"]`);
const itemsIn = (root: Locator, targetId: string | null) => zone(root, targetId).locator('.rm-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')));
const status = (root: Locator) => root.locator('[role="status"]').textContent();

async function open(page: Page, path: string, id: string): Promise<Locator> {
	await page.goto(siteUrl(path));
	await hydrate(page, `.role-mapping[data-exercise="${id}"]`);
	return exerciseRoot(page, id);
}

describe('RoleMapping', () => {
	it('can be completed with the keyboard alone: pick with Enter, move with Enter, check', async () => {
		const { page, context } = await newPage(browser);
		const root = await open(page, '/deliver-and-support/value-streams/', stream.id);
		const labelOf = (targetId: string) => stream.targets.find((target) => target.id === targetId)!.label;
		await page.locator(`#exercise-${stream.id}`).click();
		await tabUntil(page, (info) => info.className.includes('rm-pick'));
		for (const item of stream.items) {
			// Focus is on the next item still to place.
			expect((await focused(page)).name).toBe(item.text);
			await page.keyboard.press('Enter');
			await expect.poll(async () => (await focused(page)).className).toContain('rm-move-here');
			const wanted = `Move “${item.text}” to ${labelOf(item.target)}`;
			if ((await focused(page)).name !== wanted) await tabUntil(page, (info) => info.name === wanted);
			await page.keyboard.press('Enter');
			await expect.poll(() => status(root)).toBe(`Moved “${item.text}” to ${labelOf(item.target)}.`);
			await expect.poll(async () => (await focused(page)).className).toMatch(/rm-pick|rm-check/);
		}
		expect((await focused(page)).name).toBe('Check');
		await page.keyboard.press('Enter');
		await expect.poll(() => status(root)).toBe(`All ${stream.items.length} right. Well done.`);
		expect(await root.locator('.rm-verdict.is-right').count()).toBe(stream.items.length);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('moves an item with the select beside it, using arrow keys, and announces each move', async () => {
		const { page, context } = await newPage(browser);
		const root = await open(page, '/deliver-and-support/value-streams/', stream.id);
		const first = stream.items[0]!;
		await root.locator(`[data-item="${first.id}"] select`).focus();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => status(root)).toBe(`Moved “${first.text}” to ${stream.targets[0]!.label}.`);
		expect(await itemsIn(root, stream.targets[0]!.id)).toEqual([first.id]);
		// Focus follows the item to its new box, so the next arrow key keeps moving it.
		expect((await focused(page)).tag).toBe('SELECT');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => itemsIn(root, stream.targets[1]!.id)).toEqual([first.id]);
		expect(await status(root)).toBe(`Moved “${first.text}” to ${stream.targets[1]!.label}.`);
		await context.close();
	});

	it('can be placed by dragging with a real mouse', async () => {
		// A tall window, so the item and the box it goes to are on screen together, as a mouse user would have them.
		const { page, context } = await newPage(browser, { viewport: { width: 1280, height: 1800 } });
		const root = await open(page, '/deliver-and-support/inputs-and-outputs/', outputs.id);
		const item = outputs.items.find((candidate) => candidate.id === 'change-requests')!;
		const source = root.locator(`[data-item="${item.id}"] .rm-pick`);
		const target = zone(root, 'obtain-build');
		await root.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		expect(await itemsIn(root, 'obtain-build')).toEqual([]);
		const from = (await source.boundingBox())!;
		await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
		await page.mouse.down();
		await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
		const to = (await target.boundingBox())!;
		await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
		await page.mouse.up();
		await expect.poll(() => itemsIn(root, 'obtain-build')).toEqual([item.id]);
		expect(await status(root)).toBe(`Moved “${item.text}” to Obtain/build.`);
		await context.close();
	});

	it('can be placed on a touch screen by tapping the item, then tapping the box', async () => {
		const { page, context } = await newPage(browser, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
		const root = await open(page, '/deliver-and-support/inputs-and-outputs/', outputs.id);
		const item = outputs.items.find((candidate) => candidate.id === 'services-delivered')!;
		await root.locator(`[data-item="${item.id}"] .rm-pick`).tap();
		expect(await root.locator(`[data-item="${item.id}"] .rm-pick`).getAttribute('aria-pressed')).toBe('true');
		expect(await status(root)).toContain(`Picked “${item.text}”`);
		await zone(root, 'customers-and-users').locator('.rm-heading').tap();
		await expect.poll(() => itemsIn(root, 'customers-and-users')).toEqual([item.id]);
		expect(await status(root)).toBe(`Moved “${item.text}” to Customers and users.`);
		// The "Move here" button is the same move for a tap.
		const next = outputs.items.find((candidate) => candidate.id === 'change-requests')!;
		await root.locator(`[data-item="${next.id}"] .rm-pick`).tap();
		await zone(root, 'obtain-build').locator('.rm-move-here').tap();
		await expect.poll(() => itemsIn(root, 'obtain-build')).toEqual([next.id]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});

	it('marks answers right and wrong in words, retries only the wrong ones, shows the solution, resets; axe clean throughout', async () => {
		const { page, context } = await newPage(browser);
		const requests = recordRequests(page);
		const root = await open(page, '/deliver-and-support/inputs-and-outputs/', outputs.id);
		expect(await axeViolations(page)).toEqual([]);
		const select = (itemId: string) => root.locator(`[data-item="${itemId}"] select`);
		await select('services-delivered').selectOption('customers-and-users');
		await select('change-requests').selectOption('engage');
		await root.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => status(root)).toBe(`1 of ${outputs.items.length} right. 1 not right. ${outputs.items.length - 2} not placed yet.`);
		const changeRequests = root.locator('[data-item="change-requests"] .rm-verdict');
		expect(await changeRequests.textContent()).toContain('Not right.');
		expect(await root.locator('[data-item="services-delivered"] .rm-verdict').textContent()).toContain('Right.');
		expect(await axeViolations(page)).toEqual([]);

		await root.getByRole('button', { name: 'Retry the wrong ones' }).click();
		expect(await itemsIn(root, 'customers-and-users')).toEqual(['services-delivered']);
		expect(await itemsIn(root, 'engage')).toEqual([]);
		expect(await itemsIn(root, null)).toContain('change-requests');

		await root.getByRole('button', { name: 'Show solution' }).click();
		for (const target of outputs.targets) {
			expect(await itemsIn(root, target.id)).toEqual(outputs.items.filter((item) => item.target === target.id).map((item) => item.id));
		}
		expect(await status(root)).toContain('The solution is shown');
		expect(await axeViolations(page)).toEqual([]);

		await root.getByRole('button', { name: 'Reset' }).click();
		expect(await itemsIn(root, null)).toEqual(outputs.items.map((item) => item.id));
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('is axe clean in dark mode too, with right and wrong marks showing', async () => {
		const { page, context } = await newPage(browser, { colorScheme: 'dark' });
		const root = await open(page, '/deliver-and-support/roles/', 'ds-roles-responsibilities');
		await root.locator('[data-item="log-frozen-laptop"] select').selectOption('service-desk-agent');
		await root.locator('[data-item="evaluate-direct-monitor"] select').selectOption('change-authority');
		await root.locator('[data-item="spot-tuesday-pattern"] .rm-pick').click();
		await root.getByRole('button', { name: 'Check' }).click();
		expect(await root.locator('.rm-verdict.is-right').count()).toBe(1);
		expect(await root.locator('.rm-verdict.is-wrong').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('without JavaScript lists the items and boxes, keeps the answers in <details>, and has its permanent anchor', async () => {
		const { page, context } = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(siteUrl(`/deliver-and-support/inputs-and-outputs/#exercise-${outputs.id}`));
		const heading = page.locator(`#exercise-${outputs.id}`);
		expect(await heading.textContent()).toBe(outputs.title);
		const root = exerciseRoot(page, outputs.id);
		const text = (await root.textContent())!;
		for (const item of outputs.items) expect(text).toContain(item.text);
		for (const target of outputs.targets) expect(text).toContain(target.label);
		const details = root.locator('details');
		expect(await details.getAttribute('open')).toBeNull();
		await details.locator('summary').click();
		expect(await details.textContent()).toContain('Change requests: Obtain/build.');
		expect(await root.locator('select, button').count()).toBe(0);
		await context.close();
	});
});
