import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { soak } from '../support/soak';

describe('Three instances on one store, killed and restarted at random', () => {
  it('keep commands, projections, reactors and certificates exactly-once', async () => {
    // Given/When: three clients' mixed traffic while instances are SIGKILLed about every second
    const figures = await soak({
      dataDir: mkdtempSync(join(tmpdir(), 'instances-')),
      instances: 3,
      clients: 3,
      commandsPerClient: 50,
      minKills: 3,
      durationMs: 120_000,
      killEveryMs: 1000,
      seed: 11,
    });
    const { violations, ...counts } = figures;
    process.stderr.write(
      `several instances: ${JSON.stringify(counts)}\n${violations.map((v) => `  ${v}\n`).join('')}`,
    );

    // Then: kills happened and work was done, and nothing was lost, doubled or left over
    expect(figures.kills).toBeGreaterThanOrEqual(3);
    expect(figures.certificates).toBeGreaterThan(5);
    expect(figures.violations).toEqual([]);
    expect(figures.readModelsEqualRebuild).toBe(true);
    expect(figures.exitCodes).toEqual([0, 0, 0]);
  }, 300_000);
});
