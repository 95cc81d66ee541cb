// ESLint flat config: type-aware TypeScript rules for every project, and the
// dependency rules of the architecture (which project may import which) enforced
// with Nx project tags. Tags live in each project's package.json under `nx.tags`.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The libraries any server-side code may build on. */
const serverLibs = [
  'type:flow',
  'type:engine',
  'type:nodes',
  'type:nlu',
  'type:llm',
  'type:privacy',
];

/** What each kind of project may import from the workspace (ARCHITECTURE §1). */
const depConstraints = [
  { sourceTag: 'type:flow', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:engine', onlyDependOnLibsWithTags: ['type:flow'] },
  { sourceTag: 'type:nodes', onlyDependOnLibsWithTags: ['type:engine', 'type:flow'] },
  { sourceTag: 'type:nlu', onlyDependOnLibsWithTags: ['type:flow'] },
  { sourceTag: 'type:llm', onlyDependOnLibsWithTags: ['type:flow'] },
  { sourceTag: 'type:privacy', onlyDependOnLibsWithTags: ['type:flow'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: serverLibs },
  // Conversation tests replay bots through the testing library's conversation runner.
  {
    sourceTag: 'type:conversation-tests',
    onlyDependOnLibsWithTags: [...serverLibs, 'type:testing'],
  },
  { sourceTag: 'type:browser-app', onlyDependOnLibsWithTags: ['type:flow', 'type:nodes'] },
  {
    sourceTag: 'type:server-app',
    onlyDependOnLibsWithTags: [...serverLibs, 'type:testing', 'type:conversation-tests'],
  },
];

/**
 * Browser apps may use `@parley/nodes` (definitions), never its server-only entry
 * point: executors pull in the engine and the ports' implementations.
 */
const browserRestrictedImports = {
  patterns: [
    {
      group: [
        '@parley/nodes/executors',
        '@parley/nodes/src/**',
        '**/*.executor',
        '**/*.executor.ts',
      ],
      message: 'Browser apps may import node definitions only (`@parley/nodes`), never executors.',
    },
    {
      group: ['@parley/engine', '@parley/nlu', '@parley/llm', '@parley/engine/*'],
      message: 'Browser apps may not import the engine, NLU or LLM code.',
    },
  ],
};

/**
 * Executor specs run tiny flows through `@parley/testing`, which itself runs the
 * real executors: a cycle that exists in tests only, so only specs may close it.
 */
const specDepConstraints = depConstraints.map((c) =>
  c.sourceTag === 'type:nodes'
    ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
    : c,
);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.nx/**',
      '.reports/**',
      '.parley/**',
      // Deliberately broken files that the lint-rule tests lint on purpose.
      'tools/lint-fixtures/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints,
          // Closed only by executor specs (see specDepConstraints); nodes' own code never imports testing.
          ignoredCircularDependencies: [['@parley/nodes', '@parley/testing']],
        },
      ],
    },
  },
  {
    files: ['apps/studio/**', 'apps/widget/**', 'tools/lint-fixtures/**'],
    rules: { 'no-restricted-imports': ['error', browserRestrictedImports] },
  },
  {
    // The widget's end-to-end tests run in the studio's e2e runner and reuse its support files.
    files: ['apps/widget/e2e/**'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.spec.tsx', 'libs/testing/**'],
    rules: {
      // Test files assemble hostile and partial input on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      'max-lines': 'off',
    },
  },
  {
    files: ['libs/nodes/src/**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: specDepConstraints,
          ignoredCircularDependencies: [['@parley/nodes', '@parley/testing']],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      // Config files load the shared preset and package.json with require().
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  prettier,
);
