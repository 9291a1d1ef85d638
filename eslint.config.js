import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'storybook-static/',
    'coverage/',
    '.vitest-attachments/',
    '**/__screenshots__/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // SECURITY.md promises that data is only ever rendered as text: no HTML parsing sink, and no
    // code built from strings, anywhere in the components.
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/static-html.js', message: 'unsafeStatic would render data as markup.' },
            {
              name: 'lit/directives/style-map.js',
              message:
                'Its first render writes a style attribute, which a strict CSP blocks: use src/timeline/style-map.ts.',
            },
          ],
          patterns: [
            {
              group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
              message: 'Render data as text: Lit bindings escape it. See SECURITY.md.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'DOMParser', message: 'Parses a string as markup.' }],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment'].map(
          (property) => ({ property, message: 'Parses a string as markup. See SECURITY.md.' }),
        ),
        { object: 'document', property: 'write', message: 'Parses a string as markup.' },
        { object: 'document', property: 'writeln', message: 'Parses a string as markup.' },
      ],
    },
  },
);
