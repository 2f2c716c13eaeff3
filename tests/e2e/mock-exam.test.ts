import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPaper } from '../../src/domain/mock-exam.ts';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { allQuestions, correctIndexes } from './practise-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const seed = 'class7';
const paper = drawPaper(allQuestions, seed).questionIds;
const start = new Date('2026-11-30T09:00:00.000Z');

const axe = async (page: Page) =>
	(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map(
		(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
	);

async function openExam(page: Page, query = '') {
	await page.goto(siteUrl(`/mock-exam/${query}`));
	await page.locator('.mock-exam[data-state="start"], .mock-exam[data-state="running"]').waitFor();
}

const currentQuestionId = (page: Page) => page.locator('.mock-exam-question').getAttribute('data-question-id');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Presses Tab until the focused element's text (or label) matches. */
async function tabTo(page: Page, text: string | RegExp, limit = 80) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => {
			const active = document.activeElement as HTMLElement | null;
			return `${active?.getAttribute('aria-label') ?? ''}|${active?.closest('label')?.textContent?.trim() ?? active?.textContent?.trim() ?? ''}`;
		});
		if (typeof text === 'string' ? label.split('|').includes(text) : text.test(label)) return;
	}
	throw new Error(`focus never reached ${text}`);
}

describe('the mock exam', () => {
	it('draws the same 40 questions for a shared seed as the domain does, in the same order', async () => {
		const { context, page } = await newPage(browser);
		await openExam(page, `?seed=${seed}`);
		await expect(page.getByLabel('Paper seed').inputValue()).resolves.toBe(seed);
		await expect(page.locator('.mock-exam-share').getAttribute('href')).resolves.toMatch(new RegExp(`/mock-exam/\\?seed=${seed}$`));
		await page.getByRole('button', { name: 'Start the exam' }).click();
		const seen: string[] = [];
		for (let i = 0; i < 40; i++) {
			await expect(page.locator('#mock-exam-question-heading').textContent()).resolves.toBe(`Question ${i + 1} of 40`);
			seen.push((await currentQuestionId(page))!);
			if (i < 39) await page.getByRole('button', { name: 'Next question' }).click();
		}
		expect(seen).toEqual(paper);
		expect(seen.every((id) => allQuestions.find((q) => q.id === id)!.topic !== 'exam')).toBe(true);
		await context.close();
	});

	it('can be sat by keyboard alone: answer, flag, move, submit; then every option is explained', async () => {
		const { context, page } = await newPage(browser);
		const requests = recordRequests(page);
		await context.clock.install({ time: start });
		await openExam(page, `?seed=${seed}`);
		await tabTo(page, 'Start the exam');
		await page.keyboard.press('Enter');
		await expect.poll(() => focusedText(page)).toBe('Question 1 of 40');

		// Answer the first three right, using the keyboard only.
		for (let i = 0; i < 3; i++) {
			const id = paper[i]!;
			const question = allQuestions.find((q) => q.id === id)!;
			const right = correctIndexes(id);
			await page.keyboard.press('Tab');
			if (question.type === 'single') {
				await page.keyboard.press('Space');
				for (let step = 0; step < right[0]!; step++) await page.keyboard.press('ArrowDown');
			} else {
				for (let option = 0; option < question.options.length; option++) {
					if (option > 0) await page.keyboard.press('Tab');
					if (right.includes(option)) await page.keyboard.press('Space');
				}
			}
			if (i === 1) {
				await tabTo(page, 'Flag this question to come back to it');
				await page.keyboard.press('Space');
			}
			await tabTo(page, 'Next question');
			await page.keyboard.press('Enter');
			await expect.poll(() => focusedText(page)).toBe(`Question ${i + 2} of 40`);
		}
		// No feedback while sitting it.
		await expect(page.locator('.quiz-rationale').count()).resolves.toBe(0);
		await expect(page.getByRole('button', { name: 'Question 2, answered, flagged' }).count()).resolves.toBe(1);
		expect(await axe(page)).toEqual([]);

		await tabTo(page, 'Submit the exam');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('practise-confirm'))).toBe(true);
		await expect(page.getByRole('group', { name: /Submit your answers now/ }).textContent()).resolves.toContain('37 questions are unanswered');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');

		await expect.poll(() => focusedText(page)).toBe('Your result');
		await expect(page.locator('.mock-exam-score').textContent()).resolves.toContain('3 of 40 (8%): not a pass yet. The pass mark is 26 of 40.');
		await expect(page.locator('.mock-exam-review > li').count()).resolves.toBe(40);
		const firstReview = page.locator(`.mock-exam-review [data-question-id="${paper[0]}"]`);
		const firstQuestion = allQuestions.find((q) => q.id === paper[0])!;
		await expect(firstReview.locator('.quiz-rationale').count()).resolves.toBe(firstQuestion.options.length);
		await expect(firstReview.textContent()).resolves.toContain(firstQuestion.options[0]!.rationale.trim().slice(0, 30));
		await expect(firstReview.getAttribute('data-correct')).resolves.toBe('true');
		expect(await axe(page)).toEqual([]);

		await page.getByLabel('Flagged').check();
		await expect(page.locator('.mock-exam-review [data-question-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-question-id')))).resolves.toEqual([paper[1]]);

		// The result is in the history after a reload, and the answered questions are scheduled for review.
		await page.reload();
		await page.locator('.mock-exam[data-state="start"]').waitFor();
		await expect(page.locator('.mock-exam-history tbody tr').count()).resolves.toBe(1);
		await expect(page.locator('.mock-exam-history tbody tr').textContent()).resolves.toContain('3 of 40');
		const answered = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('dsg-progress-v2')!).answers).sort());
		expect(answered).toEqual(paper.slice(0, 3).sort());
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('runs the clock down, survives a reload, and submits by itself when time is up', async () => {
		const { context, page } = await newPage(browser);
		await context.clock.install({ time: start });
		await openExam(page, `?seed=${seed}`);
		await page.getByLabel(/75 minutes/).check();
		await page.getByRole('button', { name: 'Start the exam' }).click();
		await expect.poll(() => page.locator('[data-time-left]').textContent()).toMatch(/^7[45]:\d\d$/);
		const id = paper[0]!;
		for (const index of correctIndexes(id)) await page.locator(`.mock-exam-question input[value="${index}"]`).check();

		await page.clock.fastForward('30:00');
		await expect.poll(() => page.locator('[data-time-left]').textContent()).toMatch(/^4[45]:\d\d$/);
		await page.reload();
		await page.locator('.mock-exam[data-state="running"]').waitFor();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain('resumed');
		await expect.poll(() => page.locator('[data-time-left]').textContent()).toMatch(/^4[45]:\d\d$/);
		await expect(page.locator(`.mock-exam-question input[value="${correctIndexes(id)[0]}"]`).isChecked()).resolves.toBe(true);

		await page.clock.fastForward('31:00');
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain('15 minutes left.');
		await page.clock.fastForward('15:00');
		await page.locator('.mock-exam[data-state="result"]').waitFor();
		await expect(page.getByText('Time ran out, so the exam was submitted with the answers you had given.').isVisible()).resolves.toBe(true);
		await expect(page.locator('.mock-exam-score').textContent()).resolves.toContain('1 of 40');
		const result = await page.evaluate(() => JSON.parse(localStorage.getItem('dsg-progress-v2')!).exams[0]);
		expect(result).toMatchObject({ seed, minutes: 75, timedOut: true, correct: 1, total: 40, passMark: 26, passed: false });
		// Finished at the deadline, 75 minutes after the start, however late the page noticed.
		expect(Date.parse(result.finishedAt) - Date.parse(result.startedAt)).toBe(75 * 60_000);
		await context.close();
	});
});
