import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    // The domain is pure: no Office, DOM, Node or file libraries.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', 'exceljs', 'node:*', 'fs', 'path', '@fluentui/*', '*/excel/*', '*/xlsx/*', '*/taskpane/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel'],
    },
  },
);
