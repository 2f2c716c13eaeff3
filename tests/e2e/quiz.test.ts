import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { QuestionBank } from '../../src/domain/question-bank.ts';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';

const bank = parse(readFileSync('content/quizzes/deliver-and-support.yaml', 'utf8')) as QuestionBank;
const correctIndexes = (index: number) => bank.questions[index]!.options.flatMap((option, i) => (option.correct ? [i] : []));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function openSlice(): Promise<{ page: Page; requests: ReturnType<typeof recordRequests> }> {
	const { page } = await newPage(browser);
	const requests = recordRequests(page);
	await page.goto(siteUrl('/deliver-and-support/'));
	// The island hydrates when it scrolls into view; wait until it says it is interactive.
	await page.locator('.quiz').scrollIntoViewIfNeeded();
	await page.locator('.quiz[data-interactive="true"]').waitFor();
	return { page, requests };
}

const activeElementInfo = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement as HTMLInputElement | null;
		return {
			question: active?.closest('.quiz-question')?.getAttribute('data-question-id') ?? null,
			tag: active?.tagName ?? '',
			type: active?.type ?? '',
			text: active?.textContent?.trim() ?? '',
			optionIndex: active?.value ?? '',
		};
	});

/** Presses Tab until the focused element matches, as a keyboard user would move through the page. */
async function tabUntil(page: Page, matches: (info: Awaited<ReturnType<typeof activeElementInfo>>) => boolean, limit = 40) {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (matches(await activeElementInfo(page))) return;
	}
	throw new Error(`focus never reached the expected element within ${limit} Tab presses`);
}

const feedbackOf = (page: Page, questionId: string) => page.locator(`[data-question-id="${questionId}"] .quiz-feedback[role="status"]`);

describe('the Deliver and support page and its quiz', () => {
	it('loads with its title and every question readable', async () => {
		const { page } = await openSlice();
		await expect(page.locator('h1').textContent()).resolves.toBe('Deliver and support');
		await expect(page.locator('.quiz-question').count()).resolves.toBe(bank.questions.length);
		await page.context().close();
	});

	it('can be completed with the keyboard alone, with feedback in each status region', async () => {
		const { page } = await openSlice();
		await page.locator('.quiz-mode input').first().focus();
		for (const [index, question] of bank.questions.entries()) {
			const correct = correctIndexes(index);
			await tabUntil(page, (info) => info.question === question.id && info.tag === 'INPUT');
			if (question.type === 'single') {
				// Arrow keys move through a radio group and select as they go.
				const target = correct[0]!;
				await page.keyboard.press('Space');
				for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
			} else {
				for (let option = 0; option < question.options.length; option++) {
					if (option > 0) await page.keyboard.press('Tab');
					if (correct.includes(option)) await page.keyboard.press('Space');
				}
			}
			await tabUntil(page, (info) => info.question === question.id && info.tag === 'BUTTON' && info.text === 'Check');
			await page.keyboard.press('Enter');
			await expect.poll(() => feedbackOf(page, question.id).textContent()).toContain('Correct.');
			// Focus lands on the feedback, so the next Tab continues from this question.
			await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('quiz-feedback'))).toBe(true);
		}
		await expect(page.locator('.quiz-score').textContent()).resolves.toContain(`Score: ${bank.questions.length} of ${bank.questions.length} correct.`);
		await page.context().close();
	});

	it('can be answered with the mouse, explains a wrong answer, retries the missed one and keeps answers over a reload', async () => {
		const { page, requests } = await openSlice();
		const first = bank.questions[0]!;
		const wrong = first.options.findIndex((option) => !option.correct);
		const item = page.locator(`[data-question-id="${first.id}"]`);
		await item.locator(`label:has(input[value="${wrong}"])`).click();
		await item.getByRole('button', { name: 'Check' }).click();
		const feedback = feedbackOf(page, first.id);
		await expect.poll(() => feedback.textContent()).toContain('Not quite.');
		await expect(feedback.textContent()).resolves.toContain(first.options[wrong]!.rationale.trim().slice(0, 40));

		await page.reload();
		await page.locator('.quiz').scrollIntoViewIfNeeded();
		await page.locator('.quiz[data-interactive="true"]').waitFor();
		await expect.poll(() => item.locator(`input[value="${wrong}"]`).isChecked()).toBe(true);
		await expect(feedbackOf(page, first.id).textContent()).resolves.toContain('Not quite.');

		await page.getByRole('button', { name: 'Retry the 1 missed' }).click();
		await expect(page.locator('.quiz-question').count()).resolves.toBe(1);
		const right = correctIndexes(0)[0]!;
		await item.locator(`label:has(input[value="${right}"])`).click();
		await item.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => feedbackOf(page, first.id).textContent()).toContain('Correct.');
		expect(offSiteRequests(requests)).toEqual([]);
		await page.context().close();
	});

	it('shows every answer and its explanations inside <details> without JavaScript', async () => {
		const { page, context } = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(siteUrl('/deliver-and-support/'));
		await expect(page.locator('.quiz-question details').count()).resolves.toBe(bank.questions.length);
		const firstDetails = page.locator('.quiz-question details').first();
		await firstDetails.locator('summary').click();
		await expect(firstDetails.textContent()).resolves.toContain(bank.questions[0]!.options[0]!.rationale.trim().slice(0, 40));
		await context.close();
	});
});
