import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

describe('A restart', () => {
  it('keeps everything: the log and the state commands decide on survive in DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restart-'));
    // No rendering: the log must be exactly as left, with the request still pending.
    const first = await TestApp.start({ REACTORS: 'off' }, dataDir);
    const given = await Scenario.of(first);
    await given.readyToGenerate('kept', 'kim');
    const generated = await given.generate('kept', 'kim');
    const log = await first.log();
    await first.close();

    const second = await TestApp.start({ REACTORS: 'off' }, dataDir);
    try {
      const again = await Scenario.of(second);
      expect(await second.log()).toEqual(log);
      // The certificate request, the completion and the assignment are all still known:
      const retry = await again.generate('kept', 'kim');
      expect(retry.status).toBe(202);
      expect(retry.body.certificateId).toBe(generated.body.certificateId);
      const completion = await again.complete('kept', 'kim');
      expect(completion.body.position).toBe(
        String(log.find((e) => e.type === 'TrainingCompleted')!.position),
      );
      expect(await second.head()).toBe(log.at(-1)!.position);
    } finally {
      await second.close();
    }
  });
});
