import { defineConfig } from 'vitest/config';

// One command runs every kind of test; the end-to-end project builds the site once and serves it with `astro preview`.
export default defineConfig({
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
			{ extends: true, test: { name: 'components', include: ['tests/components/**/*.test.tsx'], environment: 'happy-dom' } },
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/serve-built-site.ts'],
					// Each file drives its own Chromium; one at a time keeps a 2-core machine responsive.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
