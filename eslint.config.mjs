// ESLint: typescript-eslint's recommended type-aware rules over the TypeScript sources, tests,
// scripts and benchmarks (`npm run lint`, run by `npm test` with --max-warnings 0).
// Formatting is Prettier's job (`npm run format:check`), so no stylistic rules here.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Fixtures are documents under test (golden files must stay byte for byte); examples/ is the demo;
    // manifestValidator.js is Ajv's generated code (scripts/build-manifest-validator.mjs).
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'examples/**',
      'test/fixtures/**',
      '.bench/**',
      '.scratch/**',
      'server/src/analysis/model/manifestValidator.js',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // node:test's describe/it/test return promises the runner itself awaits; awaiting them by hand is noise.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }],
        },
      ],
      // A leading `_` marks a binding left unused on purpose (a parameter a signature needs, a property a rest drops).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // typescript.ts declares the syntax-tree types on its lazily loaded `ts` value with `declare namespace`.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // The runner child loads integrations, and typescript.ts/child.ts load heavy modules late, with require() by design.
      '@typescript-eslint/no-require-imports': 'off',
      // async methods implement Promise-returning interfaces (SecretStorage, storage, test doubles): a throw stays a rejection.
      '@typescript-eslint/require-await': 'off',
      // The only aliases of `this` start a walk down a chain of edits (`let node = this`), never a closure's capture.
      '@typescript-eslint/no-this-alias': 'off',
      // A `let` assigned once after closures that read it (the language client, created after its options) is not a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // A per-document cache is a DocumentCache (server/src/analysis/documentCache.ts), not a WeakMap
    // keyed by a document or a rule context: V8's young-generation collector keeps a WeakMap's
    // values, and so every dead document's facts, until a full collection.
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='WeakMap'] TSTypeReference[typeName.name=/^(ParsedDocument|RuleContext)$/]",
          message:
            'Cache per document with DocumentCache (analysis/documentCache.ts): a WeakMap keeps its values through young-generation collections.',
        },
      ],
    },
  },
  {
    // Plain JavaScript has no types to check: type-aware rules would only report `any`.
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
