import { describe, expect, it } from 'vitest';
import { countWords, longSentences, proseOfMdx } from '../../src/domain/prose.ts';

const page = `---
title: Example
---
import QuestionBank from '~/components/QuestionBank.astro';

When the **email server** goes down at nine, the [service desk](/practices/service-desk/) hears about it from users first.
Short one.

<QuestionBank bank="x" />
`;

describe('prose of an MDX page', () => {
	it('keeps the words a reader sees and drops frontmatter, imports and components', () => {
		const prose = proseOfMdx(page);
		expect(prose).toContain('service desk hears about it');
		expect(prose).not.toContain('QuestionBank');
		expect(prose).not.toContain('title:');
		expect(countWords(prose)).toBe(19);
	});

	it('finds long sentences however they are formatted, so copies cannot hide', () => {
		expect(longSentences(proseOfMdx(page))).toEqual([
			'when the email server goes down at nine the service desk hears about it from users first',
		]);
		expect(longSentences('When the EMAIL server goes down at nine,  the service desk hears about it from users first!')).toEqual(
			longSentences(proseOfMdx(page)),
		);
	});
});
