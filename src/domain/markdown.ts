import { marked } from 'marked';

/** Question text is authored as Markdown; the stem's first paragraph must fit inside a <legend>, the rest goes after it. */
export function splitStem(markdown: string): { legendHtml: string; bodyHtml: string } {
	const tokens = marked.lexer(markdown.trim());
	const [first, ...rest] = tokens;
	if (first?.type !== 'paragraph') return { legendHtml: '', bodyHtml: marked.parser(tokens) };
	const remaining = Object.assign(rest, { links: tokens.links });
	return { legendHtml: marked.parseInline(first.text, { async: false }), bodyHtml: rest.length ? marked.parser(remaining) : '' };
}

export function inlineMarkdown(markdown: string): string {
	return marked.parseInline(markdown.trim(), { async: false });
}

/** Markdown as plain text, for titles and descriptions. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`#>]/g, '')
		.replace(/[ \t]+/g, ' ')
		.trim();
}
