import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { layerRules } from './eslint.layers.js';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'tests/output/', 'bench-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs', '.svelte'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Components are not parsed for imports: they take part in no circle of modules.
      'import-x/ignore': ['\\.svelte$', '\\.css$'],
      'import-x/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.svelte'] } },
    },
  },
  // No import circles among the TypeScript modules of the app, the scripts and the tests.
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...layerRules(),
);
