/**
 * The environment for building the site from inside a test run. Vitest sets variables such as BASE_URL, MODE and
 * NODE_ENV=test for its own Vite; a child `astro build` would inherit them and build a different site.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
	}
	return { ...env, ...extra };
}
