// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'out/'] },
  js.configs.recommended,
  // Untyped TypeScript rules everywhere, including .astro front matter and
  // their <script> blocks, which the TypeScript project service cannot see.
  tseslint.configs.recommended,
  {
    // Typed rules (floating promises, unsafe any, misused promises) for the
    // .ts modules that tsconfig.json includes.
    files: ['**/*.ts'],
    // A <script> in an .astro file reaches ESLint as a virtual "X.astro/0_0.ts",
    // which no tsconfig includes.
    ignores: ['**/*.astro/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Astro's own rules; they also give front matter node globals and <script>
  // blocks browser globals.
  astro.configs.recommended,
  {
    rules: {
      // An unused argument that a callback's signature requires is named _x.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Each kind of code sees only the globals of where it runs, and no-undef
  // (which typescript-eslint turns off for .ts, leaving it to TypeScript, whose
  // lib has both DOM and Node) flags one that does not exist there.
  {
    // Runs in the reader's browser: no Node globals such as process.
    files: ['src/client/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-undef': 'error' },
  },
  {
    // Runs in the service worker: self, caches, clients; no window or document.
    files: ['src/sw/**'],
    languageOptions: { globals: globals.serviceworker },
    rules: { 'no-undef': 'error' },
  },
  {
    // Build steps, tests, configs and the build-time data layer run in Node.
    files: ['scripts/**', 'tests/**', '**/*.config.*', 'src/lib/**', 'src/data/**', '.ci/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-undef': 'error' },
  },
  {
    // Browser tests and the search benchmark also hold functions that
    // page.evaluate() runs inside the page.
    files: ['tests/**/*.e2e.test.ts', 'tests/support/**', 'scripts/bench-*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
