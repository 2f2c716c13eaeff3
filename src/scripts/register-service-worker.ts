import { UPDATE_STRINGS as T } from '../i18n/site-strings.ts';

/**
 * Registers the offline service worker (built by src/integrations/offline.ts) for the whole site. When a new deploy's
 * worker takes over an open page, the reader is offered a reload rather than having the page swapped under them.
 */
function offerReload() {
	const notice = document.createElement('div');
	notice.className = 'update-notice';
	notice.setAttribute('role', 'status');
	const text = document.createElement('span');
	text.textContent = T.updated;
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = T.reload;
	button.addEventListener('click', () => location.reload());
	notice.append(text, ' ', button);
	document.body.append(notice);
}

/** Runs a task once the page is idle: installing the worker must not compete with the page's own start-up on a slow phone. */
const whenIdle = (task: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 10_000 }) : setTimeout(task, 2_000));

function register(base: string) {
	navigator.serviceWorker
		.register(`${base}sw.js`, { scope: base })
		.then(() => navigator.serviceWorker.ready)
		.then((registration) => {
			// On the first visit the page loaded before the worker was there: hand it this page and what it fetched.
			const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
			registration.active?.postMessage({ cache: [location.href, ...loaded].filter((url) => url.startsWith(location.origin)) });
		})
		.catch(() => {
			// Offline reading is an extra: the site works the same without it.
		});
}

export function registerServiceWorker() {
	if (!('serviceWorker' in navigator)) return;
	const hadController = Boolean(navigator.serviceWorker.controller);
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (hadController) offerReload();
	});
	window.addEventListener('load', () => whenIdle(() => register(import.meta.env.BASE_URL)));
}
