import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

describe('A render that keeps failing', () => {
  let app: TestApp;
  let given: Scenario;
  const folder = mkdtempSync(join(tmpdir(), 'broken-browser-'));
  const launches = join(folder, 'launches');
  const launchCount = () => readFileSync(launches, 'utf8').length;
  beforeAll(async () => {
    // A "browser" that notes each start and exits at once: every render attempt fails.
    const browser = join(folder, 'chromium');
    writeFileSync(launches, '');
    writeFileSync(browser, `#!/bin/sh\nprintf x >> '${launches}'\nexit 1\n`);
    chmodSync(browser, 0o755);
    app = await TestApp.start({ CHROMIUM_PATH: browser, GENERATION_ATTEMPTS: '2' });
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  it('[R-retry-and-resume] is retried a bounded number of times, then recorded as failed; the learner may ask again', async () => {
    await given.readyToGenerate('fragile', 'fay');
    const before = launchCount();
    const requested = await given.generate('fragile', 'fay');
    const outcome = await generationOutcome(app, requested.body.certificateId, 30_000);
    expect(outcome).toMatchObject({
      type: 'CertificateGenerationFailed',
      data: { reason: expect.stringMatching(/Chromium could not start/) },
    });
    expect(launchCount() - before).toBe(2);
    const records = await app.request('GET', '/api/v1/me/learning-records', {
      token: await given.learner('fay'),
      headers: { 'x-consistent-with': String(outcome.position) },
    });
    expect(records.body[0].certificate).toMatchObject({
      status: 'failed',
      certificateId: requested.body.certificateId,
    });

    const again = await given.generate('fragile', 'fay');
    expect(again.status).toBe(202);
    expect(again.body.certificateId).not.toBe(requested.body.certificateId);
    await generationOutcome(app, again.body.certificateId, 30_000);
  }, 60_000);
});
