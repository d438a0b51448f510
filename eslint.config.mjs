import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'bench/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'lit/no-template-arrow': 'off',
      // Side effects go in statements: plain `if`, not `a && b()` or `c ? d() : e()`.
      '@typescript-eslint/no-unused-expressions': 'error',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='style']", message: 'No inline styles.' }],
    },
  },
  // Core logic reads as plain `if` blocks.
  { files: ['src/**'], rules: { 'no-nested-ternary': 'error' } },
  {
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Layout is Prettier's (`npm run format`; `npm test` checks it): no lint rule argues with it.
  prettier,
);
