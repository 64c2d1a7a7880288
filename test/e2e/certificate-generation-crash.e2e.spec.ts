import { loadConfig } from '../../src/config/config';
import { openEventStore } from '../../src/event-store/open-event-store';
import type { RecordedEvent } from '../../src/event-store/event-store';
import { type BuiltService, exited, startBuiltService } from '../support/built-service';
import { Scenario } from '../support/scenario';
import { storeSettings } from '../support/store-settings';
import { TestApp } from '../support/test-app';

const LEARNERS = 16;
const startService = (dataDir: string) =>
  startBuiltService(dataDir, { RENDER_POOL_SIZE: '2', LOG_LEVEL: 'info' });

/** The certificates an instance says it rendered, in its log lines. */
const renderedBy = (service: BuiltService) =>
  service
    .stdout()
    .split('\n')
    .filter((line) => line.includes('"certificate rendered"'))
    .map((line) => (JSON.parse(line) as { message: { certificateId: string } }).message)
    .map(({ certificateId }) => certificateId);

describe('Generation interrupted by a crash', () => {
  it('[R-retry-and-resume] ends, after a restart of two instances, with every requested certificate generated exactly once, and rendered once', async () => {
    // Given: many learners asked for their certificate; nothing rendered them yet
    const app = await TestApp.start({ REACTORS: 'off' });
    const dataDir = app.config.DATA_DIR;
    const given = await Scenario.of(app);
    await given.readyToGenerate('crash', 'l0');
    const requested: string[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      if (i > 0) await given.complete('crash', `l${i}`);
      requested.push((await given.generate('crash', `l${i}`)).body.certificateId);
    }
    await app.close();
    // The stores the test app used: embedded, or the servers of npm run test:stack.
    const log = await openEventStore(loadConfig({ ...storeSettings(dataDir), DATA_DIR: dataDir }));
    const outcomes = async () => {
      const all: RecordedEvent[] = [];
      for (
        let page = await log.readAll({ limit: 1000 });
        page.length > 0;
        page = await log.readAll({ after: page.at(-1)!.position, limit: 1000 })
      )
        all.push(...page);
      return all.filter(
        (e) => e.type === 'CertificateGenerated' || e.type === 'CertificateGenerationFailed',
      );
    };
    const waitFor = async (count: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while ((await outcomes()).length < count) {
        if (Date.now() > deadline)
          throw new Error(`only ${(await outcomes()).length} of ${count} outcomes`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    // When: the service starts generating and is killed half-way, then two instances start
    const first = (await startService(dataDir)).child;
    await waitFor(3, 60_000);
    first.kill('SIGKILL');
    await exited(first);
    const settledBefore = new Set((await outcomes()).map((e) => e.data.certificateId));
    expect(settledBefore.size).toBeLessThan(LEARNERS);
    const restarted = await Promise.all([startService(dataDir), startService(dataDir)]);
    try {
      await waitFor(LEARNERS, 120_000);
    } finally {
      for (const { child } of restarted) child.kill('SIGTERM');
      await Promise.all(restarted.map(({ child }) => exited(child)));
    }

    // Then: one outcome per request, all generated, none twice
    const done = await outcomes();
    expect(done.map((e) => e.type)).toEqual(Array(LEARNERS).fill('CertificateGenerated'));
    expect(done.map((e) => e.data.certificateId).sort()).toEqual([...requested].sort());
    // And: none of those left was rendered twice by the two (the lease of the one rendering it
    // keeps the other waiting). Some may have been finished by the killed instance's background
    // process, which outlives it until it notices.
    const rendered = restarted.flatMap(renderedBy);
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered).size).toBe(rendered.length);
    expect(rendered.filter((id) => settledBefore.has(id))).toEqual([]);
    await log.close();
  }, 240_000);
});
