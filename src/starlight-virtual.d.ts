// Types for the Starlight virtual modules that src/components/Search.astro imports (Starlight does not publish them).
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore'; [key: string]: unknown };
	export default project;
}
