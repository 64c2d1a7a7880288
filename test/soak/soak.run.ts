import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { soak } from '../support/soak';

// Run by `npm run soak -- --minutes N` (scripts/soak.mjs), never by the default test command.
const minutes = Number(process.env.SOAK_MINUTES ?? '1');

describe(`Soak: ${minutes} minute(s) of mixed traffic against three instances with SIGKILLs`, () => {
  it(
    'ends with no violation',
    async () => {
      const figures = await soak({
        dataDir: mkdtempSync(join(tmpdir(), 'soak-')),
        instances: 3,
        clients: 4,
        commandsPerClient: Number.MAX_SAFE_INTEGER,
        minKills: 0,
        durationMs: minutes * 60_000,
        killEveryMs: 3000,
        seed: Number(process.env.SOAK_SEED ?? Date.now() % 100_000),
      });
      const { violations, ...counts } = figures;
      process.stderr.write(
        `soak figures: ${JSON.stringify({ minutes, ...counts, violations: violations.length })}\n` +
          violations.map((v) => `  violation: ${v}\n`).join(''),
      );
      expect(violations).toEqual([]);
      expect(figures.exitCodes.every((code) => code === 0)).toBe(true);
    },
    (minutes + 5) * 60_000,
  );
});
