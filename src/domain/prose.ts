/**
 * Plain prose from an MDX page, for word counts and the no-copy-and-paste check: frontmatter, imports, components,
 * code and Markdown syntax removed, link text kept.
 */
export function proseOfMdx(source: string): string {
	return source
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^:::.*$/gm, '')
		.replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
		.replace(/[*_`#>|]/g, ' ');
}

export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Sentences of at least `minWords` words, normalised so that spacing, case and punctuation do not hide a copy. */
export function longSentences(text: string, minWords = 12): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n{2,}|\n\s*[-*\d]+[.)]?\s+/)
		.map((sentence) =>
			sentence
				.toLowerCase()
				.replace(/[’‘]/g, "'")
				.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter((sentence) => sentence.split(' ').length >= minWords);
}
