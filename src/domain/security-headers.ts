/**
 * HTTP headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). Astro puts each page's
 * content security policy in a <meta> tag with the hashes of that page's inline scripts; the same policy is sent
 * as a header per page, together with headers a <meta> tag cannot set.
 */
export const COMMON_SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'X-Frame-Options': 'DENY',
};

/** Only a header can forbid framing; a <meta> policy ignores frame-ancestors. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

export function cspFromHtml(html: string): string | undefined {
	return html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
}

export function headersFile(pages: readonly { path: string; csp: string | undefined }[]): string {
	const global = ['/*', ...Object.entries(COMMON_SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
	const perPage = pages
		.filter((page) => page.csp)
		.flatMap((page) => [page.path, `  Content-Security-Policy: ${page.csp!.trim().replace(/;?$/, ';')} ${HEADER_ONLY_DIRECTIVES}`]);
	return `${[...global, ...perPage].join('\n')}\n`;
}
