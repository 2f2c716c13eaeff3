import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Activity } from '../../src/domain/reference-data.ts';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { axeViolations, focused, hydrate, tabUntil } from './islands-helpers.ts';

const activities = parse(readFileSync('content/data/activities.yaml', 'utf8')) as Activity[];
const byId = new Map(activities.map((activity) => [activity.id, activity]));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const map = '.value-chain-map';
const status = (page: Page) => page.locator(`${map} [role="status"]`).textContent();
const pressed = (page: Page) => page.locator(`${map} [aria-pressed="true"]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-activity')));
const panelItems = (page: Page) => page.locator(`${map} .vcm-panel li`).allTextContents();

describe('ValueChainMap', () => {
	it('can be explored with the keyboard alone: Tab to an activity, Enter or Space to choose it', async () => {
		const { page, context } = await newPage(browser);
		const requests = recordRequests(page);
		await page.goto(siteUrl('/value-chain/'));
		await hydrate(page, map);
		expect(await pressed(page)).toEqual([]);
		await page.locator('h1').click();
		await tabUntil(page, (info) => info.activity === 'plan');
		// Focus is visible on the activity.
		const ring = await page.locator(`${map} [data-activity="plan"] .vcm-focus-ring`).evaluate((rect) => getComputedStyle(rect).stroke);
		expect(ring).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await pressed(page)).toEqual(['plan']);
		const plan = byId.get('plan')!;
		await expect.poll(() => status(page)).toBe(`Plan: ${plan.inputs.length} inputs and ${plan.outputs.length} outputs, drawn in the map and listed below it.`);
		expect(await page.locator(`${map} .vcm-panel`).textContent()).toContain(plan.purpose);

		// Tab order follows the value chain: Plan, Improve, Engage, …, Deliver and support.
		for (const id of ['improve', 'engage', 'design-and-transition', 'obtain-build', 'deliver-and-support']) {
			await page.keyboard.press('Tab');
			expect((await focused(page)).activity).toBe(id);
		}
		await page.keyboard.press('Space');
		expect(await pressed(page)).toEqual(['deliver-and-support']);
		const items = await panelItems(page);
		expect(items).toHaveLength(13);
		expect(items.filter((text) => text.startsWith('in '))).toHaveLength(6);
		expect(items.filter((text) => text.startsWith('out '))).toHaveLength(7);
		expect(items).toContain('out 6 Change requests, to Obtain/build');
		// One arrow per neighbour and direction, each with its numbered label.
		expect(await page.locator(`${map} .vcm-arrow`).count()).toBe(9);
		expect(await page.locator(`${map} .vcm-arrow-label text`).allTextContents()).toContain('out 2, 3, 5');
		expect(await axeViolations(page)).toEqual([]);
		// Space again clears the choice.
		await page.keyboard.press('Space');
		expect(await pressed(page)).toEqual([]);
		expect(await page.locator(`${map} .vcm-arrow`).count()).toBe(0);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('starts with Deliver and support chosen on the inputs and outputs page, and a click chooses another', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl('/deliver-and-support/inputs-and-outputs/'));
		await hydrate(page, map);
		expect(await pressed(page)).toEqual(['deliver-and-support']);
		expect(await page.locator(`${map} .vcm-arrow`).count()).toBe(9);
		expect(await axeViolations(page)).toEqual([]);
		await page.locator(`${map} [data-activity="engage"]`).click();
		expect(await pressed(page)).toEqual(['engage']);
		expect(await panelItems(page)).toHaveLength(byId.get('engage')!.inputs.length + byId.get('engage')!.outputs.length);
		await context.close();
	});

	it('works in dark mode: axe clean, and the arrows take the theme’s colours', async () => {
		const { page, context } = await newPage(browser, { colorScheme: 'dark' });
		await page.goto(siteUrl('/deliver-and-support/inputs-and-outputs/'));
		await hydrate(page, map);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const stroke = await page.locator(`${map} .vcm-arrow.is-out path`).first().evaluate((path) => getComputedStyle(path).stroke);
		// Starlight's foreground token in the dark theme: the arrows follow it rather than a fixed colour.
		const token = await page.evaluate(() => {
			const probe = document.createElement('span');
			probe.style.color = 'var(--sl-color-white)';
			document.body.append(probe);
			return getComputedStyle(probe).color;
		});
		expect(stroke).toBe(token);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(stroke).not.toBe(background);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('does not animate the arrows when the reader prefers reduced motion', async () => {
		const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
			const { page, context } = await newPage(browser, { reducedMotion });
			await page.goto(siteUrl('/deliver-and-support/inputs-and-outputs/'));
			await hydrate(page, map);
			const name = await page.locator(`${map} .vcm-arrows > g`).first().evaluate((group) => getComputedStyle(group).animationName);
			await context.close();
			return name;
		};
		expect(await animation('no-preference')).toBe('vcm-appear');
		expect(await animation('reduce')).toBe('none');
	});

	it('without JavaScript shows the picture and every activity’s purpose, inputs and outputs as text', async () => {
		const { page, context } = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(siteUrl('/value-chain/'));
		expect(await page.locator(`${map} svg`).count()).toBe(1);
		expect(await page.locator(`${map} [role="button"]`).count()).toBe(0);
		const details = page.locator(`${map} details.vcm-text`);
		expect(await details.getAttribute('open')).not.toBeNull();
		const text = (await details.textContent())!;
		for (const activity of activities) {
			expect(text).toContain(activity.purpose);
			for (const flow of [...activity.inputs, ...activity.outputs]) expect(text).toContain(flow.what);
		}
		expect(await page.locator(`${map} details.vcm-text > ul > li`).count()).toBe(6);
		await page.goto(siteUrl('/deliver-and-support/inputs-and-outputs/'));
		expect(await page.locator(`${map} .vcm-arrow`).count()).toBe(9);
		expect(await panelItems(page)).toHaveLength(13);
		await context.close();
	});
});
