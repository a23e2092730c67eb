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
	{
		// SvelteKit keeps the service worker out of the app's tsconfig (it runs in another global scope).
		files: ['**/*.js', '**/*.mjs', 'src/service-worker/**'],
		...ts.configs.disableTypeChecked
	}
);
