import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rules (and axe's best practices) that every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe violations on the page as it is now, as readable strings (empty when clean). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
	if (include) builder = builder.include(include);
	const results = await builder.analyze();
	return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** Scrolls an island into view (client:visible) and waits until it has hydrated. */
export async function hydrate(page: Page, selector: string): Promise<void> {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.locator(`${selector}[data-interactive="true"]`).first().waitFor();
}

/** What has keyboard focus: enough to tell where a Tab landed. */
export const focused = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement as HTMLElement | null;
		// The name a screen reader gives it: aria-label, else its text without the parts hidden from assistive technology.
		const visibleText = (element: HTMLElement) => {
			const copy = element.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
			return copy.textContent?.trim() ?? '';
		};
		return {
			tag: active?.tagName ?? '',
			name: active ? (active.getAttribute('aria-label') ?? visibleText(active)) : '',
			className: typeof active?.className === 'string' ? active.className : (active?.getAttribute('class') ?? ''),
			activity: active?.getAttribute('data-activity') ?? '',
			type: (active as HTMLInputElement | null)?.type ?? '',
		};
	});

/** Presses Tab until the focused element matches, as a keyboard user moves through a page. */
export async function tabUntil(page: Page, matches: (info: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60, key = 'Tab'): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press(key);
		if (matches(await focused(page))) return;
	}
	throw new Error(`focus never reached the expected element within ${limit} presses of ${key}; it is on ${JSON.stringify(await focused(page))}`);
}
