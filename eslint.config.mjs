import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/output/**', 'src/data/**', 'demo/build/**'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Regular expressions run on every keystroke: no super-linear backtracking anywhere.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/data/**/*.ts', 'src/locales/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/dom/**', '**/adapters/**', '**/server/**', '**/cli/**', 'react', 'vue'], message: 'src/core is pure: it imports nothing from dom, adapters, server or cli.' }] }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'Element'],
    },
  },
);
