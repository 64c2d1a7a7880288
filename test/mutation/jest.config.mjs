import { join } from 'node:path';
import base from '../../jest.config.js';

/**
 * The Jest project Stryker runs for each mutant: only the fast in-process specs that check the
 * mutated code, and no global setup (it compiles `dist/` for the specs that start the service as
 * a process, and would otherwise run again for every mutant, seconds each time). The pipeline's
 * race and rebuild specs are left out too: they apply every projection to thousands of events, so
 * each projection mutant would cost seconds; the engine has small specs of its own, with a fake
 * projection and a few events.
 * @type {import('jest').Config}
 */
export default {
  ...base,
  rootDir: join(import.meta.dirname, '../..'),
  globalSetup: undefined,
  testMatch: [
    '<rootDir>/test/write/**/*.spec.ts',
    '<rootDir>/test/read/**/*.spec.ts',
    '<rootDir>/test/projections/engine/*.spec.ts',
    '<rootDir>/test/processing/*.spec.ts',
    '<rootDir>/test/core/*.spec.ts',
    '<rootDir>/test/reactors/reactor.int.spec.ts',
    '<rootDir>/test/reactors/render-leases.int.spec.ts',
    '<rootDir>/test/reactors/webhook-delivery.int.spec.ts',
    '<rootDir>/test/auth/*.spec.ts',
    '<rootDir>/test/credentials/*.spec.ts',
    '<rootDir>/test/personal-data/*.spec.ts',
  ],
  // These start the service or a script as a process (seconds each, and they run `dist/`, not the
  // mutated code), or need a MongoDB server, which a mutation run does not have.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/personal-data/migrate-personal-data.int.spec.ts',
    '<rootDir>/test/personal-data/projections-rebuild.int.spec.ts',
    '<rootDir>/test/personal-data/mongo-personal-data-keys.int.spec.ts',
  ],
};
