// `npm run soak -- --minutes N`: N minutes of mixed traffic against several instances with random
// SIGKILLs, then the exactly-once checks. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '1' }, seed: { type: 'string' } },
});
if (!/^\d+(\.\d+)?$/.test(values.minutes)) {
  console.error('usage: npm run soak -- --minutes N [--seed S]');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--testMatch', '**/test/soak/*.run.ts', '--runInBand'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: '--experimental-vm-modules',
      SOAK_MINUTES: values.minutes,
      ...(values.seed && { SOAK_SEED: values.seed }),
    },
  },
);
process.exit(result.status ?? 1);
