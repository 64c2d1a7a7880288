import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuiltService, exited, healthy, startBuiltService } from '../support/built-service';
import { token } from '../support/test-app';

/**
 * Issue 25, item 20, on a real full disk: a 12 MB tmpfs as DATA_DIR (the test mounts it, as
 * root; `npm test`'s prerequisites check says so when it cannot). Writes refused for want of
 * space answer 503 `storage-unavailable` with Retry-After, `/health` says degraded and names the
 * store, one line is logged; every acknowledged command is kept, through a kill and a restart
 * while full; and once space returns the same process takes writes again.
 */
describe('A full disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'storage-full-'));
  const settings = { REACTORS: 'off', BACKGROUND: 'inline', LOG_LEVEL: 'info' };
  let service: BuiltService;
  let admin: string;
  const acknowledged: string[] = [];

  const health = async () => (await fetch(`${service.url}/health`)).json();
  const createTraining = (n: number) =>
    fetch(`${service.url}/api/v1/trainings`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${admin}`,
        'content-type': 'application/json',
        'idempotency-key': `training-${n}`,
      },
      body: JSON.stringify({
        trainingId: `t-${n}`,
        type: 'course',
        title: `${'T'.repeat(190)}${n}`,
      }),
    });
  const logged = () => service.stdout() + service.stderr();
  const fullLines = () =>
    logged()
      .split('\n')
      .filter((line) => line.includes('storage full'));
  /** The trainings the log holds, read through the audit log (the log itself, no read model). */
  const createdInLog = async () => {
    const ids: string[] = [];
    for (let after: string | null = '0'; after !== null;) {
      const page = (await (
        await fetch(
          `${service.url}/api/v1/audit/events?type=TrainingCreated&limit=1000&after=${after}`,
          {
            headers: { authorization: `Bearer ${admin}` },
          },
        )
      ).json()) as { events: { data: { trainingId: string } }[]; next: string | null };
      ids.push(...page.events.map((event) => event.data.trainingId));
      after = page.next;
    }
    return ids;
  };
  const stop = async () => {
    service.child.kill('SIGKILL');
    await exited(service.child);
  };

  beforeAll(async () => {
    // Not root, or no tmpfs: fail here, loudly (scripts/check-test-prerequisites.mjs says so first).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', dataDir]);
    admin = await token('acme', 'admin');
    service = await startBuiltService(dataDir, settings);
    await healthy(service);
  }, 60_000);
  afterAll(async () => {
    if (service.child.exitCode === null && service.child.signalCode === null) await stop();
    execFileSync('umount', [dataDir]);
    rmdirSync(dataDir);
  });

  it('answers 503 storage-unavailable with Retry-After, says degraded on /health and logs one line', async () => {
    expect(await health()).toMatchObject({ status: 'ok', storage: { status: 'ok' } });
    // Near full, space comes and goes (SQLite checkpoints, rolled-back pages): fill until five
    // writes in a row are refused, keeping every one that was acknowledged.
    let refused: Response | undefined;
    let refusals = 0;
    for (let n = 0, inARow = 0; n < 20_000 && inARow < 5; n++) {
      const answer = await createTraining(n);
      if (answer.status === 201) {
        acknowledged.push(`t-${n}`);
        inARow = 0;
      } else {
        refused = answer;
        refusals++;
        inARow++;
        expect(answer.status).toBe(503);
        expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(answer.headers.get('retry-after')).toBe('30');
        expect(await answer.json()).toMatchObject({ status: 503, code: 'storage-unavailable' });
      }
    }

    expect(refused).toBeDefined();
    expect(await health()).toMatchObject({
      status: 'degraded',
      storage: { status: 'full', store: 'event-store' },
    });
    // One line as the disk fills (again after each recovery), never one per refused request.
    expect(fullLines().length).toBeGreaterThanOrEqual(1);
    expect(fullLines().length).toBeLessThan(refusals);
    expect(logged()).not.toContain('internal-error');
    expect(acknowledged.length).toBeGreaterThan(100);
  }, 300_000);

  it('keeps every acknowledged command through a kill and a restart while full', async () => {
    await stop();
    service = await startBuiltService(dataDir, settings);
    await healthy(service);

    expect(await health()).toMatchObject({ status: 'degraded', storage: { status: 'full' } });
    const statuses: number[] = [];
    for (let n = 200_000; n < 200_005; n++) {
      const { status } = await createTraining(n);
      statuses.push(status);
      if (status === 201) acknowledged.push(`t-${n}`);
    }
    expect(statuses).toContain(503);
    // Kept: the log has every one (the read models catch up once space returns, below).
    expect(await createdInLog()).toEqual(expect.arrayContaining(acknowledged));
  }, 300_000);

  it('takes writes again without a restart once space returns', async () => {
    execFileSync('mount', ['-o', 'remount,size=64m', dataDir]);

    expect((await createTraining(300_000)).status).toBe(201);
    expect(await health()).toMatchObject({ status: 'ok', storage: { status: 'ok' } });
    expect(logged()).toContain('storage writable again');
    // The projections resume with their backoff (at most 30 s) and catch up.
    const deadline = Date.now() + 60_000;
    let caughtUp = false;
    while (!caughtUp && Date.now() < deadline) {
      const { projections } = (await health()) as { projections: { lag: string }[] };
      caughtUp = projections.every((projection) => projection.lag === '0');
      if (!caughtUp) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(caughtUp).toBe(true);
    const head = ((await health()) as { log: { head: string } }).log.head;
    for (const trainingId of acknowledged) {
      const answer = await fetch(`${service.url}/api/v1/trainings/${trainingId}`, {
        headers: { authorization: `Bearer ${admin}`, 'x-consistent-with': head },
      });
      expect(answer.status).toBe(200);
    }
  }, 120_000);
});
