// The site's service worker; src/integrations/offline.ts copies it to dist/sw.js with the build's version.
// Lookups ignore Vary: a module script asks with an Origin header, the copy cached on the first visit without one.
const VERSION = '__BUILD_VERSION__';
const PAGES = `pages-${VERSION}`;
const DATA = `data-${VERSION}`;
const ASSETS = 'assets';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (![PAGES, DATA, ASSETS].includes(key)) await caches.delete(key);
			await self.clients.claim();
		})(),
	);
});

// The first visit happens before the worker controls the page: the page sends what it has loaded so far, and the
// worker copies it from the browser's HTTP cache (force-cache), so nothing is downloaded twice.
self.addEventListener('message', (event) => {
	const urls = Array.isArray(event.data?.cache) ? event.data.cache : [];
	event.waitUntil(Promise.all(urls.map((url) => store(new Request(url, { cache: 'force-cache' }), cacheFor(new Request(url, { mode: 'same-origin' }), url)).catch(() => {}))));
});

function cacheFor(request, url = request.url) {
	if (request.mode === 'navigate' || new URL(url).pathname.endsWith('/')) return PAGES;
	return new URL(url).pathname.includes('/_astro/') ? ASSETS : DATA;
}

async function store(request, cacheName) {
	const response = await fetch(request);
	if (response.ok) await (await caches.open(cacheName)).put(request, response.clone());
	return response;
}

async function networkFirst(request) {
	try {
		return await store(request, PAGES);
	} catch {
		return (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) ?? Response.error();
	}
}

async function cacheFirst(request) {
	return (await caches.match(request, { ignoreVary: true })) ?? store(request, ASSETS);
}

async function staleWhileRevalidate(request) {
	const cached = await caches.match(request, { ignoreVary: true });
	const fresh = store(request, DATA).catch(() => cached ?? Response.error());
	return cached ?? fresh;
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(networkFirst(request));
	else if (new URL(request.url).pathname.includes('/_astro/')) event.respondWith(cacheFirst(request));
	else event.respondWith(staleWhileRevalidate(request));
});
