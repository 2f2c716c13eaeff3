// Types for modules that the search (src/components/Search.astro, src/scripts/search-dialog.ts) imports and that ship
// none: two Starlight virtual modules and Pagefind's default UI (only the part the search uses).
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore'; [key: string]: unknown };
	export default project;
}
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
