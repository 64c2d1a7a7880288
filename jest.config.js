/** @type {import('jest').Config} */
const swc = {
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  // Every spec lives under test/; src/ stays a root so that Jest's dependency graph reaches the
  // code (findRelatedTests, which the mutation run uses, finds no spec without it).
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  // Lazy imports of our own modules name the compiled file (`import('./x.js')`), as Node's
  // module resolution requires; the specs load the TypeScript source beside it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  // The suite's ESM modules and Nest apps pile up in a long-lived process (it ran out of its
  // 4 GB heap after 106 files): a worker past this size after a file is replaced. Setting it
  // also makes Jest run the files in a worker rather than in its own process.
  workerIdleMemoryLimit: '1536MB',
  // Four files at once on a two-core machine: much of a file's time is spent waiting on a
  // service process, Chromium or a reactor's backoff. With two workers the machine's cores were
  // busy 64 % of the run (683 s); with three, 69 % (640 s).
  maxWorkers: 4,
  // A worker ends 0.4-0.5 s after Jest asks it to (measured at the end of full runs, heaps of
  // 0.8-1.1 GB: its JavaScript exits at once, the process after its teardown). Jest's default
  // wait is 0.5 s, after which it kills the worker and blames "tests leaking due to improper
  // teardown", though none held a handle.
  workerGracefulExitTimeout: 3000,
};
