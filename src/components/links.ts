/** Site paths in content are written from the site root; this puts the deploy's base path (BASE_PATH) in front. */
export function withBase(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return path.startsWith('/') ? `${base}${path}` : path;
}
