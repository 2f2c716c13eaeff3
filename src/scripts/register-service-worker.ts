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

/** On the first visit the page loaded before the worker was there: hand it this page and what the page fetched. */
function handOverFirstVisit(registration: ServiceWorkerRegistration) {
	const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
	registration.active?.postMessage({ cache: [location.href, ...loaded].filter((url) => url.startsWith(location.origin)) });
}

function register(base: string, firstVisit: boolean) {
	const registered = navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	// A page the worker already controls went through it, so it is cached. Handing it over again would also keep the
	// old worker busy, and Chromium can then hold a new deploy's worker back from taking over.
	if (!firstVisit) return void registered.catch(ignoreFailure);
	registered
		.then(() => navigator.serviceWorker.ready)
		.then(handOverFirstVisit)
		.catch(ignoreFailure);
}

/** Offline reading is an extra: the site works the same without it. */
const ignoreFailure = () => {};

export function registerServiceWorker() {
	if (!('serviceWorker' in navigator)) return;
	const hadController = Boolean(navigator.serviceWorker.controller);
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (hadController) offerReload();
	});
	window.addEventListener('load', () => whenIdle(() => register(import.meta.env.BASE_URL, !hadController)));
}
