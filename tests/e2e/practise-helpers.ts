import type { Page } from 'playwright-core';
import { readQuestionBanks } from '../../src/loaders/content-files.ts';

/** Every question of every bank, read straight from content/ as the build reads it. */
export const banks = readQuestionBanks(process.cwd()).banks;
export const allQuestions = banks.flatMap((bank) => bank.questions.map((question) => ({ ...question, bank })));
export const questionById = new Map(allQuestions.map((question) => [question.id, question]));

export const correctIndexes = (questionId: string) => questionById.get(questionId)!.options.flatMap((option, i) => (option.correct ? [i] : []));
export const wrongIndexes = (questionId: string) => {
	const question = questionById.get(questionId)!;
	const wrong = question.options.flatMap((option, i) => (option.correct ? [] : [i]));
	return question.type === 'single' ? [wrong[0]!] : [...wrong.slice(0, 1), ...correctIndexes(questionId).slice(1)];
};

export const DAY = 86_400_000;

/** Opens a guide page and waits until its quiz has hydrated. */
export async function openQuiz(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.quiz').first().scrollIntoViewIfNeeded();
	await page.locator('.quiz[data-interactive="true"]').first().waitFor();
}

/** Picks these options of a question with the mouse, then checks the answer. */
export async function answer(page: Page, questionId: string, indexes: number[]) {
	const item = page.locator(`.quiz [data-question-id="${questionId}"]`);
	for (const index of indexes) await item.locator(`label:has(input[value="${index}"])`).click();
	await item.getByRole('button', { name: 'Check' }).click();
	await item.locator('.quiz-feedback p').first().waitFor();
}

/** What a screen reader would hear from the header's due count, or null when it is hidden. */
export async function headerDueCount(page: Page): Promise<string | null> {
	const link = page.locator('[data-due-count]');
	await link.waitFor({ state: 'attached' });
	return (await link.isVisible()) ? ((await link.textContent()) ?? '').replace(/\s+/g, ' ').trim() : null;
}
