// `npm run rules:map`: rewrites docs/rules-to-tests.md from test/rules/spec-rules.ts and the
// [R-…] tags in test titles. Reads test files as text; runs no test and builds nothing.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  [
    'node_modules/jest/bin/jest.js',
    '--testMatch',
    '**/test/rules/write-rules-map.run.ts',
    '--globalSetup',
    '',
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
