import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, offSiteRequests, recordRequests, siteUrl } from './browser.ts';
import { answer, banks, correctIndexes, openQuiz, questionById, wrongIndexes } from './practise-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const bank = banks.find((candidate) => candidate.id === 'practice-incident-management')!;
const [first, second, third] = bank.questions;

const rowText = (page: Page, table: 'outcomes' | 'topics', id: string) =>
	page.locator(`[data-sections="${table}"] [data-section="${id}"]`).textContent().then((text) => (text ?? '').replace(/\s+/g, ' '));

async function openProgress(page: Page) {
	await page.goto(siteUrl('/progress/'));
	await page.locator('.progress-overview[data-ready="true"]').waitFor();
}

const axe = async (page: Page) =>
	(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map(
		(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
	);

describe('the Progress page', () => {
	it('shows what was answered on a guide page, after a reload, by outcome and by topic', async () => {
		const { context, page } = await newPage(browser);
		const requests = recordRequests(page);
		await openQuiz(page, siteUrl(bank.page));
		await answer(page, first!.id, correctIndexes(first!.id));
		await answer(page, second!.id, wrongIndexes(second!.id));
		await page.reload();
		await openProgress(page);

		const outcomeCount = (outcome: string) => banks.flatMap((b) => b.questions).filter((q) => q.outcome === outcome).length;
		const topicCount = banks.flatMap((b) => b.questions).filter((q) => q.topic === first!.topic).length;
		if (first!.outcome === second!.outcome) {
			const text = await rowText(page, 'outcomes', first!.outcome);
			expect(text).toContain(`2 of ${outcomeCount(first!.outcome)}`);
			expect(text).toContain('1 of 2 (50%)');
			expect(text).toContain('Attempted');
		}
		const topic = await rowText(page, 'topics', first!.topic);
		expect(topic).toContain(`${first!.topic === second!.topic ? 2 : 1} of ${topicCount}`);
		await expect(page.locator('.progress-summary').textContent()).resolves.toContain('You have answered 2 of the');
		await expect(page.getByRole('heading', { name: 'How mastery is judged' }).isVisible()).resolves.toBe(true);
		expect(await axe(page)).toEqual([]);
		expect(offSiteRequests(requests)).toEqual([]);
		await context.close();
	});

	it('resets one section by keyboard alone, after confirming', async () => {
		const { context, page } = await newPage(browser);
		await openQuiz(page, siteUrl(bank.page));
		await answer(page, first!.id, correctIndexes(first!.id));
		await openProgress(page);
		const topicTitle = await page.locator(`[data-sections="topics"] [data-section="${first!.topic}"] th`).textContent();
		const resetButton = page.getByRole('button', { name: `Reset ${topicTitle!.trim()}` });
		await resetButton.focus();
		await page.keyboard.press('Enter');
		const confirm = page.getByRole('group', { name: /Reset your progress for/ });
		await confirm.waitFor();
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('practise-confirm'))).toBe(true);
		expect(await axe(page)).toEqual([]);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Reset');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain('has been reset');
		await expect(rowText(page, 'topics', first!.topic)).resolves.toContain('Not started');
		const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('dsg-progress-v2')!));
		expect(saved.answers[first!.id]).toBeUndefined();
		await context.close();
	});

	it('exports progress to a file, and after storage is cleared, imports it and everything is back', async () => {
		const { context, page } = await newPage(browser, { acceptDownloads: true });
		await openQuiz(page, siteUrl(bank.page));
		await answer(page, first!.id, correctIndexes(first!.id));
		await answer(page, second!.id, wrongIndexes(second!.id));
		await answer(page, third!.id, correctIndexes(third!.id));
		await openProgress(page);
		const before = await page.evaluate(() => localStorage.getItem('dsg-progress-v2'));
		const topicBefore = await rowText(page, 'topics', first!.topic);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^deliver-and-support-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const file = await download.path();
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(Object.keys(exported.progress.answers).sort()).toEqual([first!.id, second!.id, third!.id].sort());
		await expect(page.getByRole('status').first().textContent()).resolves.toContain('Your progress was saved as');

		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.locator('.progress-overview[data-ready="true"]').waitFor();
		await expect(page.locator('.progress-summary').textContent()).resolves.toContain('You have answered 0 of the');

		await page.getByLabel('Import a progress file').setInputFiles(file);
		const preview = page.getByRole('group', { name: 'What the import would change' });
		await preview.waitFor();
		await expect(preview.textContent()).resolves.toContain('The file has progress for 3 questions: 3 new here, 0 changed, 0 the same.');
		expect(await axe(page)).toEqual([]);
		await preview.getByRole('button', { name: 'Merge into my progress' }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Imported: 3 questions added');

		await page.reload();
		await page.locator('.progress-overview[data-ready="true"]').waitFor();
		await expect(rowText(page, 'topics', first!.topic)).resolves.toBe(topicBefore);
		const after = await page.evaluate(() => localStorage.getItem('dsg-progress-v2'));
		expect(JSON.parse(after!).answers).toEqual(JSON.parse(before!).answers);

		// And the guide page shows the answers again.
		await openQuiz(page, siteUrl(bank.page));
		await expect.poll(() => page.locator(`[data-question-id="${second!.id}"] .quiz-feedback`).textContent()).toContain('Not quite.');
		await context.close();
	});

	it('keeps unreadable progress aside and offers it for download, without breaking the page', async () => {
		const { context, page } = await newPage(browser);
		await openProgress(page);
		await page.evaluate(() => localStorage.setItem('dsg-progress-v2', '{"version":2,"answers":"broken"'));
		await page.reload();
		await page.locator('.progress-overview[data-ready="true"]').waitFor();
		const alert = page.getByRole('alert');
		await expect(alert.textContent()).resolves.toContain('could not be read');
		await expect(alert.getByRole('link', { name: 'Download the unreadable progress' }).getAttribute('download')).resolves.toBe('saved-progress.json');
		const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('dsg-progress-corrupt-')).map((key) => localStorage.getItem(key)));
		expect(kept).toEqual(['{"version":2,"answers":"broken"']);
		await context.close();
	});

	it('says the tools need JavaScript when it is off, on all three pages', async () => {
		const { context, page } = await newPage(browser, { javaScriptEnabled: false });
		for (const path of ['/review/', '/progress/', '/mock-exam/']) {
			await page.goto(siteUrl(path));
			await expect(page.locator('.needs-javascript').textContent()).resolves.toContain('needs JavaScript');
			await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
		}
		await context.close();
	});
});

// The question ids the test relies on exist in the bank it reads.
if (!questionById.has(first!.id)) throw new Error('bank fixture missing');
