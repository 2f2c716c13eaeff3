import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuestionBanks } from '../../src/loaders/content-files.ts';
import { SITE } from '../../src/site-config.ts';
import { baseUrl, launchBrowser, newPage, siteUrl } from './browser.ts';

const bank = readQuestionBanks(process.cwd()).banks.find((candidate) => candidate.id === 'deliver-and-support')!;
const [first, second] = bank.questions;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('a page per question', () => {
	it('shows the question, answerable, with links to its topic page and the next question', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl(`/questions/${first!.id}/`));
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		await expect(page.locator('.quiz-question').count()).resolves.toBe(1);
		const right = first!.options.findIndex((option) => option.correct);
		await page.locator(`.quiz-question label:has(input[value="${right}"])`).click();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => page.locator('.quiz-feedback').textContent()).toContain('Correct.');
		expect(await page.locator('.question-page-context').getByRole('link', { name: 'Deliver and support' }).getAttribute('href')).toBe(new URL('deliver-and-support/', baseUrl()).pathname);
		await page.getByRole('link', { name: 'Next question in this set' }).click();
		await page.waitForURL(`**/questions/${second!.id}/`);
		await context.close();
	});

	it('links to a pre-filled problem report and to the question in its YAML file', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl(`/questions/${first!.id}/`));
		const report = new URL((await page.locator('.quiz-question-links a', { hasText: 'Report a problem' }).getAttribute('href'))!);
		expect(`${report.origin}${report.pathname}`).toBe(`${SITE.repository}/issues/new`);
		expect(report.searchParams.get('title')).toBe(`Problem with question ${first!.id}`);
		expect(report.searchParams.get('body')).toContain(`/questions/${first!.id}/`);
		const source = await page.locator('.quiz-question-links a', { hasText: 'Edit this question' }).getAttribute('href');
		expect(source).toMatch(new RegExp(`^${SITE.repository}/blob/main/content/quizzes/deliver-and-support\\.yaml#L\\d+$`));
		const pageReport = new URL((await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href'))!);
		expect(pageReport.searchParams.get('body')).toContain(`/questions/${first!.id}/`);
		await context.close();
	});
});

describe('copy-link buttons', () => {
	it('copy a section link, and confirm it where a screen reader hears it', async () => {
		const { page, context } = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(siteUrl('/deliver-and-support/'));
		const button = page.getByRole('button', { name: 'Copy link to the section “Its purpose, in plain words”' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#its-purpose-in-plain-words + .heading-link [role="status"]').textContent()).toBe('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('/deliver-and-support/#its-purpose-in-plain-words'));
		await context.close();
	});

	it('fall back to a selected link when the clipboard is blocked', async () => {
		const { page, context } = await newPage(browser);
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) } });
		});
		await page.goto(siteUrl('/deliver-and-support/'));
		await page.getByRole('button', { name: 'Copy link to the section “Its purpose, in plain words”' }).click();
		const field = page.locator('#its-purpose-in-plain-words + .heading-link input');
		await expect(field.inputValue()).resolves.toBe(siteUrl('/deliver-and-support/#its-purpose-in-plain-words'));
		await expect(page.locator('#its-purpose-in-plain-words + .heading-link [role="status"]').textContent()).resolves.toContain('Copy blocked');

		const question = page.locator(`#q-${first!.id}`);
		await question.scrollIntoViewIfNeeded();
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		await question.getByRole('button', { name: 'Copy link' }).click();
		await expect(question.locator('.copy-link-fallback').inputValue()).resolves.toBe(siteUrl(`/deliver-and-support/#q-${first!.id}`));
		await context.close();
	});

	it('opens a question linked by #q-<id> in its page', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl(`/deliver-and-support/#q-${second!.id}`));
		await expect(page.locator(`#q-${second!.id}`).isVisible()).resolves.toBe(true);
		await context.close();
	});
});

describe('handouts and printing', () => {
	it('has a question sheet without answers and a separate answer key with every rationale', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl('/handouts/deliver-and-support/'));
		const sheet = (await page.locator('.handout-questions').textContent())!;
		expect(sheet).toContain(first!.options[0]!.text.trim());
		expect(sheet).not.toContain(first!.options[0]!.rationale.trim());
		await page.getByRole('link', { name: 'answer key with explanations' }).click();
		await page.waitForURL('**/handouts/deliver-and-support/answers/');
		const key = (await page.locator('.handout-questions').textContent())!;
		for (const option of first!.options) expect(key).toContain(option.rationale.trim());
		await context.close();
	});

	it('prints a page without navigation and with link targets written out', async () => {
		const { page, context } = await newPage(browser);
		await page.goto(siteUrl('/deliver-and-support/'));
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.header').isVisible()).resolves.toBe(false);
		await expect(page.locator('nav.sidebar').isVisible()).resolves.toBe(false);
		const after = await page.locator('.sl-markdown-content p a[href*="/glossary/"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
		expect(after).toContain('/glossary/#');
		await context.close();
	});
});
