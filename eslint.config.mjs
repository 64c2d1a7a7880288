import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const frameworkFree = {
  patterns: [
    {
      group: [
        '@nestjs/*',
        'fastify',
        '@fastify/*',
        'node:sqlite',
        '@kurrent/*',
        'mongodb',
        'jose',
        'pino',
      ],
      message: 'Domain code imports no framework, driver or adapter.',
    },
    {
      group: ['**/application/**', '**/presentation/**', '**/event-store/**', '**/http/**'],
      message: 'Domain code depends on nothing outside the domain.',
    },
  ],
};

/** Every layer of src/ above the ports: what an adapter must never reach into. */
const aboveThePorts = [
  '**/write/**',
  '**/read/**',
  '**/projections/**',
  '**/reactors/**',
  '**/http/**',
  '**/auth/**',
  '**/rendering/**',
  '**/credentials/**',
  '**/test-clock/**',
  '**/cli/**',
  '**/*.module',
  '**/create-app',
  '**/main',
];

/** An adapter imports only core, config and its own port (the files beside its folder). */
const adapterOf = (otherPorts) => ({
  patterns: [
    {
      group: [...aboveThePorts, ...otherPorts],
      message: 'An adapter imports only core, config and its own port.',
    },
  ],
});

const layerRule = (group, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      // Reports module constants used only as decorator arguments as never used.
      'no-useless-assignment': 'off',
    },
  },
  {
    files: ['src/**/domain/**/*.ts', 'src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', frameworkFree] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...frameworkFree.patterns,
            {
              group: ['../*'],
              message: 'core is the lowest layer: it imports nothing else of src.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/events/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(?!zod$|\./[^/]+$|\.\./core/)`,
              message: 'The event contracts import only zod and src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/event-store/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', adapterOf(['**/read-store/**', '**/file-store/**'])],
    },
  },
  {
    files: ['src/read-store/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', adapterOf(['**/event-store/**', '**/file-store/**'])],
    },
  },
  {
    files: ['src/file-store/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', adapterOf(['**/event-store/**', '**/read-store/**'])],
    },
  },
  {
    // The port and its composition: a store, never what reads or writes through it.
    files: ['src/event-store/*.ts'],
    rules: layerRule(
      [...aboveThePorts, '**/personal-data/**', '**/processing/**'],
      'The event store is a store: it imports only core, config, the event contracts and its adapters.',
    ),
  },
  {
    files: ['src/processing/**/*.ts'],
    rules: layerRule(
      [...aboveThePorts, '**/personal-data/**', '**/read-store/**', '**/file-store/**'],
      'The log processor follows the log for any consumer: it knows no projection or reactor.',
    ),
  },
  {
    files: ['src/projections/**/*.ts'],
    rules: layerRule(
      ['**/read/**', '**/write/**', '**/reactors/**', '**/http/**'],
      'The projection engine is given its projections; it imports no read model, command or reactor.',
    ),
  },
  {
    // Reactors read facts one typed way (the write model's folded streams, the read models for
    // what they export) and wait on checkpoints through the projections service.
    files: ['src/reactors/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '../../event-store/event-store',
              importNames: ['EVENT_STORE'],
              message: 'A reactor reads the opened log (EVENT_LOG), never the store adapter.',
            },
          ],
          patterns: [
            {
              group: [
                '**/event-store/sqlite/**',
                '**/event-store/kurrentdb/**',
                '**/open-event-store',
                '**/projections/engine/**',
                '**/http/**',
              ],
              message:
                'A reactor reads facts through the write model or the read models, and waits through the projections service.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/read/**/*.ts'],
    rules: layerRule(['**/reactors/**'], 'The read side never imports reactors.'),
  },
  {
    files: ['src/http/**/*.ts'],
    rules: layerRule(['**/write/**'], 'http is beneath the write side: it never imports it.'),
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through src/config only.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
    languageOptions: {
      parserOptions: { projectService: false, project: false },
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    // JSON answers under test are untyped by nature; assertions check their shape.
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
