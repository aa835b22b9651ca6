import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importCycles from './scripts/lib/import-cycles.cjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: 'readonly', Excel: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // No import circles among our own modules (issue 13); the same detector runs in test/unit/import-cycles.test.ts.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { kstt: { rules: { 'no-import-cycle': importCycles.noImportCycle } } },
    rules: { 'kstt/no-import-cycle': 'error' },
  },
  {
    // The domain is pure: no Office, DOM, Node or file libraries.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', 'exceljs', 'node:*', 'fs', 'path', '@fluentui/*', '*/excel/*', '*/xlsx/*', '*/taskpane/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel'],
    },
  },
);
