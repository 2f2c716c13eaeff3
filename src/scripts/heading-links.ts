import { HEADING_LINK_STRINGS as T } from '../i18n/site-strings.ts';
import { copyToClipboard, linkToAnchor } from './clipboard.ts';

/**
 * Adds a "copy link" button after every section heading of a page, so trainers can link any section.
 * Added in the browser because without JavaScript a copy button could not work; the heading ids themselves
 * are in the HTML and are permanent.
 */
export function addHeadingCopyButtons(root: ParentNode) {
	for (const heading of root.querySelectorAll<HTMLHeadingElement>('.sl-markdown-content :is(h2, h3)[id]')) {
		if (heading.closest('.not-content, .quiz, .glossary') || heading.nextElementSibling?.classList.contains('heading-link')) continue;
		const name = heading.textContent?.trim() ?? '';
		const tools = document.createElement('div');
		tools.className = 'heading-link';
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = T.copy;
		button.setAttribute('aria-label', T.copyLabel(name));
		const status = document.createElement('span');
		status.setAttribute('role', 'status');
		tools.append(button, status);
		button.addEventListener('click', async () => {
			const url = linkToAnchor(heading.id);
			if (await copyToClipboard(url)) {
				status.textContent = T.copied;
				return;
			}
			// Clipboard blocked: show the link selected, ready to copy by hand.
			status.textContent = T.failed;
			const field = tools.querySelector('input') ?? tools.appendChild(Object.assign(document.createElement('input'), { readOnly: true, type: 'text' }));
			field.value = url;
			field.setAttribute('aria-label', T.copyLabel(name));
			field.select();
		});
		heading.after(tools);
	}
}

