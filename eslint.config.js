// Lint: typescript-eslint's recommended rules, plus the layering rules of docs (shared/docs/architecture.md):
// the core imports no browser, DOM or Node APIs; untrusted strings never reach HTML sinks.
import tseslint from 'typescript-eslint';

const NO_HTML_SINKS = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: build nodes or render with preact.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML_SINKS],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*', '!../../core'], message: 'src/core depends on nothing outside the core.' },
            {
              group: ['../*/*', '../../core/*'],
              message: 'Another core package is imported through its index (../lexicon, not ../lexicon/lexicon).',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'webextension-polyfill', 'i18next', 'preact', 'preact/*'],
              message: 'src/core is pure TypeScript: no Node, browser or UI imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'localStorage',
        'fetch',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'tests/**/*.ts'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/core/*/*'], message: 'A core package is imported through its index (core/lexicon, not core/lexicon/lexicon).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../learn/*', '../providers/*', '../dictionaries/*', '../content/*', '../background/*', '../popup/*', '../options/*', '../reader/*', '../ui/*', '../extract/*', '../cli/*'],
              message: 'src/shared depends on nothing above it: a feature declares its own messages (see learn/messages.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  },
  {
    files: ['scripts/**/*.mjs', 'build.mjs', 'bin/**/*.mjs', 'jest.config.js', 'eslint.config.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
