import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

/**
 * The search dialog of src/components/Search.astro with Pagefind's UI in it. It is loaded together with that UI,
 * when the reader first shows intent to search, so that no page pays for either until then. The behaviour is
 * Starlight's: the dialog closes on a result link or a click outside it, and the page stops scrolling while it is open.
 */
export class SearchDialog {
	readonly #dialog: HTMLDialogElement;
	readonly #frame: Element;
	readonly #host: HTMLElement;

	constructor(host: HTMLElement) {
		this.#host = host;
		this.#dialog = host.querySelector('dialog')!;
		this.#frame = host.querySelector('.dialog-frame')!;
		host.querySelector('button[data-close-modal]')!.addEventListener('click', () => this.close());
		this.#dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', this.#onClick);
		});
		if (!import.meta.env.DEV) this.#mountPagefind();
	}

	#mountPagefind() {
		let translations = {};
		try {
			translations = JSON.parse(this.#host.dataset.translations || '{}');
		} catch {}
		const formatURL = this.#host.dataset.stripTrailingSlash !== undefined ? (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2') : (path: string) => path;
		new PagefindUI({
			...pagefindUserConfig,
			element: '#starlight__search',
			baseUrl: import.meta.env.BASE_URL,
			bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
			showImages: false,
			translations,
			showSubResults: true,
			processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
				result.url = formatURL(result.url);
				result.sub_results = result.sub_results.map((subResult) => ({ ...subResult, url: formatURL(subResult.url) }));
			},
		});
	}

	/** Closes the dialog when the reader follows a result link or clicks outside it. */
	readonly #onClick = (event: MouseEvent) => {
		const isLink = 'href' in (event.target || {});
		if (isLink || (document.body.contains(event.target as Node) && !this.#frame.contains(event.target as Node))) this.close();
	};

	get isOpen() {
		return this.#dialog.open;
	}

	open() {
		if (this.#dialog.open) return;
		this.#dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		this.#host.querySelector('input')?.focus();
		window.addEventListener('click', this.#onClick);
	}

	close() {
		this.#dialog.close();
	}
}
