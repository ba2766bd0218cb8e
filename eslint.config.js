// Lint = the recommended sets + the architecture rules of the house (tools/eslint-rules).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import triad from './tools/eslint-rules/index.js';

// Plain JS files (scripts, this config, the lint plugin) run on Node.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'URLSearchParams', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'AbortController', 'structuredClone']
    .map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'data/',
    'tmp/',
    'test-results/',
    'bench/results/',
    'apps/server/migrations/',
    '.ci/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    plugins: { triad },
    rules: {
      'triad/module-boundaries': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_',
        varsIgnorePattern: '^_',
        caughtErrorsIgnorePattern: '^_',
        destructuredArrayIgnorePattern: '^_',
      }],
    },
  },
  {
    files: ['apps/server/src/**/*.ts'],
    rules: { 'triad/route-guarded': 'error' },
  },
]);
