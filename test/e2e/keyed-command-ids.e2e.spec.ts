import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deterministicId } from '../../src/core/deterministic-id';
import { Scenario } from '../support/scenario';
import { TestApp, WRITE_SIDE_ONLY } from '../support/test-app';

const GENERATE = '/api/v1/me/learning-records/safety/certificate';

/**
 * Issue 25, item 5: a certificate id derived from a client's Idempotency-Key cannot be computed
 * by someone who guesses the key (its public page names the learner), yet a retry with the key
 * still lands on the same certificate, on any instance sharing the secret.
 */
describe('Ids derived from an Idempotency-Key are keyed with a secret of the service', () => {
  const generate = async (app: TestApp, key: string) => {
    const given = await Scenario.of(app);
    return given.ok(
      app.request('POST', GENERATE, {
        token: await given.learner('ann'),
        headers: { 'idempotency-key': key },
      }),
    );
  };
  const ready = async (app: TestApp) => {
    const given = await Scenario.of(app);
    await given.readyToGenerate('safety', 'ann');
  };

  it('gives a certificate id nobody computes from the key, the same on a retry and on every instance of one DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'keyed-ids-'));
    const first = await TestApp.start(WRITE_SIDE_ONLY, dataDir);
    let id: string;
    try {
      await ready(first);
      id = (await generate(first, 'generate-1')).body.certificateId as string;
      expect((await generate(first, 'generate-1')).body.certificateId).toBe(id);
    } finally {
      await first.close();
    }
    // What the id was before: UUIDv5 of the key, the caller and the route, public knowledge.
    const guessable = deterministicId(`acme|ann|POST ${GENERATE}|generate-1`);
    expect(id).not.toBe(deterministicId(`certificate/${guessable}`));
    expect(statSync(join(dataDir, 'command-id-secret')).mode & 0o777).toBe(0o600);

    const second = await TestApp.start(WRITE_SIDE_ONLY, dataDir);
    try {
      expect((await generate(second, 'generate-1')).body.certificateId).toBe(id);
    } finally {
      await second.close();
    }
  });

  it('derives other ids under another secret, and the same under the same COMMAND_ID_SECRET', async () => {
    const secret = { ...WRITE_SIDE_ONLY, COMMAND_ID_SECRET: 's'.repeat(40) };
    const ids: string[] = [];
    for (const settings of [WRITE_SIDE_ONLY, secret, secret]) {
      const app = await TestApp.start(settings);
      try {
        await ready(app);
        ids.push((await generate(app, 'generate-1')).body.certificateId as string);
      } finally {
        await app.close();
      }
    }
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
  });
});
