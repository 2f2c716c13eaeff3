import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromiumPath } from './config.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
	url: string;
	scores: Record<Category, number | null>;
	/** Lab metrics of the (simulated, throttled) mobile run, in ms except CLS. */
	metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
	/** Audits that lost points, per category, so a score below 100 says why. */
	failing: Record<Category, string[]>;
	/** The performance score of every run, when there were several (the figures above are the median run's). */
	performanceRuns?: number[];
}

/** The first few items an audit lists (a link's text, a console message, an element), so a lost point says where. */
function examples(details: unknown): string {
	const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
	const shown = items
		.slice(0, 3)
		.map((item) => {
			const node = item.node as { snippet?: string } | undefined;
			const text = [item.text, item.description, node?.snippet, item.url ?? item.href].find((value) => typeof value === 'string' && value !== '');
			return typeof text === 'string' ? text.replace(/\s+/g, ' ').slice(0, 120) : '';
		})
		.filter(Boolean);
	return shown.length ? `: ${shown.map((text) => `"${text}"`).join(', ')}${items.length > shown.length ? ', …' : ''}` : '';
}

/** Lighthouse's default mobile run (Moto G Power emulation, simulated slow 4G and CPU throttling) in a fresh Chromium. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
	const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
		const scores = {} as LighthouseFigures['scores'];
		const failing = {} as LighthouseFigures['failing'];
		for (const category of CATEGORIES) {
			const entry = lhr.categories[category];
			scores[category] = entry?.score == null ? null : Math.round(entry.score * 100);
			failing[category] = (entry?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => lhr.audits[ref.id])
				.filter((audit) => audit && audit.score !== null && audit.score < 1)
				.map((audit) => `${audit!.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}${examples(audit!.details)}`);
		}
		return {
			url,
			scores,
			metrics: {
				fcp: numeric('first-contentful-paint'),
				lcp: numeric('largest-contentful-paint'),
				tbt: numeric('total-blocking-time'),
				cls: numeric('cumulative-layout-shift'),
				speedIndex: numeric('speed-index'),
			},
			failing,
		};
	} finally {
		chrome.kill();
	}
}

/**
 * Several runs of one page, as Lighthouse's own documentation advises for performance, which moves between runs on a
 * shared machine: the figures are those of the run with the median performance score, while accessibility, best
 * practices and SEO take the worst run, so that a problem seen once is never hidden.
 */
export async function runLighthouseRepeatedly(url: string, runs: number): Promise<LighthouseFigures> {
	const results: LighthouseFigures[] = [];
	for (let run = 0; run < runs; run++) results.push(await runLighthouse(url));
	const byPerformance = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
	const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
	const figures: LighthouseFigures = { ...median, scores: { ...median.scores }, failing: { ...median.failing }, performanceRuns: results.map((result) => result.scores.performance ?? 0) };
	for (const category of CATEGORIES.filter((name) => name !== 'performance')) {
		const worst = [...results].sort((a, b) => (a.scores[category] ?? 0) - (b.scores[category] ?? 0))[0]!;
		figures.scores[category] = worst.scores[category];
		figures.failing[category] = worst.failing[category];
	}
	return figures;
}
