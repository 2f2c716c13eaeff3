// HTML validation of every built page (tests/e2e/html-validity.test.ts). The recommended rules, less the ones that
// flag markup Starlight and Astro generate by design rather than mistakes:
/** @type {import('html-validate').ConfigData} */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro and Preact serialise void elements as <meta/>; both forms are valid HTML.
		'void-style': 'off',
		// Starlight sets CSS custom properties (--depth) and island sizes in style attributes.
		'no-inline-style': 'off',
		// Starlight's "#_top" anchor for the page title.
		'valid-id': 'off',
		// Titles are "<page> | <site>"; search engines truncate, they do not reject.
		'long-title': 'off',
		// Starlight's own header and sidebar buttons rely on the default type; ours set type="button".
		'no-implicit-button-type': 'off',
		// Starlight renders the "On this page" navigation twice (mobile and desktop); only one is shown at a time.
		'unique-landmark': 'off',
		// Checkbox options of one "choose two" question share a name on purpose.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit'] }],
	},
};
