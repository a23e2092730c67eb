import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.scratch/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// An unawaited Dexie or cache promise loses its error silently.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Links and goto() take settings.localize(resolve(…)), which puts the path in the learner's
			// language (/en/…); the rule accepts only a bare resolve().
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// Layer rules (../shared/STYLE.md, "Which way imports go"), so nobody has to remember them.
	// Type-only imports cross freely: they vanish from the build.
	{
		// The pure core: grading, scheduling, codecs, content, summaries. Plain TypeScript, tested
		// in Node; no database, no Svelte, no SvelteKit, no page.
		files: [
			'src/lib/content/**',
			'src/lib/quiz/**',
			'src/lib/review/**',
			'src/lib/share/**',
			'src/lib/progress/**',
			'src/lib/teacher/**',
			'src/lib/search/**'
		],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/db', '$lib/db/*', '**/db', '**/db/*', 'dexie'],
							allowTypeImports: true,
							message: 'The pure core reads no database: take the rows as arguments (types from db/rows).'
						},
						{
							group: ['svelte', 'svelte/*', '$app/*', '**/*.svelte', '**/routes/**', '**/components/**'],
							message: 'The pure core imports no Svelte, SvelteKit, component or page.'
						},
						{ group: ['$lib/server/*', '**/server/*'], message: 'Build-only code is never shipped.' }
					]
				}
			]
		}
	},
	{
		// The database module serves pages; it imports none.
		files: ['src/lib/db/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', '$app/*', '**/*.svelte', '**/routes/**', '**/components/**'],
							message: 'The database module imports no Svelte, page or component.'
						},
						{ group: ['$lib/server/*', '**/server/*'], message: 'Build-only code is never shipped.' }
					]
				}
			]
		}
	},
	{
		// Everything the browser loads: build-only code (reading lessons/, marked, jsdom) stays out.
		files: [
			'src/**/*.svelte',
			'src/**/*.svelte.ts',
			'src/lib/**/*.ts',
			'src/routes/**/+page.ts',
			'src/routes/**/+layout.ts'
		],
		ignores: ['src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['$lib/server/*', '**/lib/server/*'], message: 'Build-only code is never shipped.' }] }
			]
		}
	},
	{
		// SvelteKit keeps the service worker out of the app's tsconfig (it runs in another global scope).
		files: ['**/*.js', '**/*.mjs', 'src/service-worker/**'],
		...ts.configs.disableTypeChecked
	}
);
