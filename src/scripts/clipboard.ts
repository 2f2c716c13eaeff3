/** Copies text; false when the browser blocks the clipboard (insecure origin, denied permission, old browser). */
export async function copyToClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** The permanent link to an anchor on the current page. */
export const linkToAnchor = (id: string) => `${location.origin}${location.pathname}#${id}`;
