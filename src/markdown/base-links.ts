import { defineHastPlugin } from 'satteri';

/**
 * Authors write site links from the root (`/glossary/#incident`). When the site is deployed under a sub-path
 * (BASE_PATH, say a GitHub Pages project site) those links need the base in front; this adds it at build time.
 */
export function baseLinks(base: string) {
	const prefix = base.replace(/\/$/, '');
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				if (!prefix) return;
				for (const attribute of ['href', 'src']) {
					const value = node.properties?.[attribute];
					if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(`${prefix}/`)) {
						ctx.setProperty(node, attribute, `${prefix}${value}`);
					}
				}
			},
		},
	});
}
