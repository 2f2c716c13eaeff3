import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { answer, banks, correctIndexes, DAY, headerDueCount, openQuiz, wrongIndexes } from './practise-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const bank = banks.find((candidate) => candidate.id === 'deliver-and-support')!;
const [missed, known] = bank.questions;
const monday = new Date('2026-11-30T09:00:00.000Z');

describe('spaced review across visits', () => {
	it('brings back what was answered once it is due, counts it in the header, and reschedules it when answered', async () => {
		const { context, page } = await newPage(browser);
		const requests = recordRequests(page);
		await context.clock.install({ time: monday });

		await openQuiz(page, siteUrl(bank.page));
		await answer(page, missed!.id, wrongIndexes(missed!.id));
		await answer(page, known!.id, correctIndexes(known!.id));
		await expect.poll(() => headerDueCount(page)).toBe('0 to review');

		await page.goto(siteUrl('/review/'));
		await page.locator('.review[data-ready="true"]').waitFor();
		await expect(page.getByRole('status').first().textContent()).resolves.toContain('No questions are due for review now.');
		const rows = page.locator('.review-schedule tbody tr');
		await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-question-id')))).resolves.toEqual([missed!.id, known!.id]);
		await expect(rows.nth(0).textContent()).resolves.toContain('1 Dec 2026');
		await expect(rows.nth(1).textContent()).resolves.toContain('3 Dec 2026');

		// Two days later: the one answered wrong is due; the one answered right is not yet.
		await context.clock.setSystemTime(new Date(monday.getTime() + 2 * DAY));
		await page.goto(siteUrl('/glossary/'));
		await expect.poll(() => headerDueCount(page)).toBe('1 to review');
		await page.locator('[data-due-count]').click();
		await page.locator('.review[data-ready="true"]').waitFor();
		await expect(page.getByRole('status').first().textContent()).resolves.toContain('1 question is due for review now.');
		const quiz = page.locator('.review .quiz');
		await expect(quiz.locator('.quiz-question').evaluateAll((items) => items.map((item) => item.getAttribute('data-question-id')))).resolves.toEqual([missed!.id]);
		const item = quiz.locator(`[data-question-id="${missed!.id}"]`);
		await expect(item.getByRole('link', { name: bank.title }).getAttribute('href')).resolves.toMatch(new RegExp(`${bank.page}#q-${missed!.id}$`));
		// Asked fresh: the wrong answer from last time is not pre-selected.
		await expect(item.locator('input:checked').count()).resolves.toBe(0);

		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);

		await answer(page, missed!.id, correctIndexes(missed!.id));
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain('No questions are due for review now.');
		await expect.poll(() => headerDueCount(page)).toBe('0 to review');

		// Four days after the first visit, the one answered right is due too.
		await context.clock.setSystemTime(new Date(monday.getTime() + 4 * DAY));
		await page.reload();
		await page.locator('.review[data-ready="true"]').waitFor();
		await expect(page.locator('.review .quiz .quiz-question').evaluateAll((items) => items.map((item) => item.getAttribute('data-question-id')))).resolves.toEqual([known!.id]);
		await expect.poll(() => headerDueCount(page)).toBe('1 to review');
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('schedules answers given on quiz pages (which never load the scheduler) once the header needs it, on any page', async () => {
		const { context, page } = await newPage(browser);
		const requests = recordRequests(page);
		const scripts = () => requests.filter((request) => request.resourceType() === 'script').map((request) => new URL(request.url()).pathname.split('/').pop()!);
		await context.clock.install({ time: monday });

		await openQuiz(page, siteUrl(bank.page));
		await answer(page, missed!.id, wrongIndexes(missed!.id));
		await expect.poll(() => headerDueCount(page)).toBe('0 to review');
		expect(scripts().filter((file) => /^(review-schedule|schedule-saved-reviews)\./.test(file))).toEqual([]);

		// Two days later, straight to a page with no island: the header loads the scheduler and counts the missed question.
		await context.clock.setSystemTime(new Date(monday.getTime() + 2 * DAY));
		await page.goto(siteUrl('/glossary/'));
		await expect.poll(() => headerDueCount(page)).toBe('1 to review');
		expect(scripts().some((file) => file.startsWith('schedule-saved-reviews.'))).toBe(true);
		const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('dsg-progress-v2')!).answers);
		// Scheduled as of when it was answered on the quiz page (Again: one day on), not as of today.
		const answeredAt = Date.parse(saved[missed!.id].history[0].at);
		expect(saved[missed!.id].card).toMatchObject({ due: new Date(answeredAt + DAY).toISOString(), last_review: new Date(answeredAt).toISOString(), reps: 1 });
		await context.close();
	});

	it('keeps the header count in step with another tab', async () => {
		const context = await browser.newContext();
		await context.clock.install({ time: monday });
		const reading = await context.newPage();
		await reading.goto(siteUrl('/glossary/'));
		await expect.poll(() => headerDueCount(reading)).toBeNull();
		const quizTab = await context.newPage();
		await openQuiz(quizTab, siteUrl(bank.page));
		await answer(quizTab, missed!.id, wrongIndexes(missed!.id));
		await expect.poll(() => headerDueCount(reading)).toBe('0 to review');
		await context.close();
	});

	it('migrates progress saved in the first format and shows it as due', async () => {
		const { context, page } = await newPage(browser);
		await context.clock.install({ time: monday });
		await page.goto(siteUrl('/glossary/'));
		await page.evaluate(
			([id]) =>
				localStorage.setItem(
					'dsg-progress-v1',
					JSON.stringify({ version: 1, answers: { [id!]: { chosen: [0], correct: false, answeredAt: '2026-11-01T09:00:00.000Z', attempts: 1, correctAttempts: 0 } } }),
				),
			[missed!.id],
		);
		await page.reload();
		await expect.poll(() => headerDueCount(page)).toBe('1 to review');
		const stored = await page.evaluate(() => ({ v1: localStorage.getItem('dsg-progress-v1'), v2: JSON.parse(localStorage.getItem('dsg-progress-v2') ?? 'null') }));
		expect(stored.v1).not.toBeNull();
		expect(stored.v2.version).toBe(2);
		await page.goto(siteUrl('/review/'));
		await page.locator('.review[data-ready="true"]').waitFor();
		await expect(page.locator('.review .quiz .quiz-question').count()).resolves.toBe(1);
		await context.close();
	});
});
