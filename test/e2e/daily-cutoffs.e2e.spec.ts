import { join } from 'node:path';
import { ofType } from '../../src/event-store/event-store';
import { TestClock } from '../../src/test-clock/test-clock';
import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';

const DAY = 86_400_000;
const SCHEDULER = { TEST_CLOCK: '1', CUTOFF_SCHEDULER: 'run', CUTOFF_CHECK_MS: '50' };

const midnightAfter = (time: number, days = 1) =>
  Date.parse(new Date(time).toISOString().slice(0, 10)) + days * DAY;
const iso = (time: number) => new Date(time).toISOString();

async function markers(app: TestApp): Promise<string[]> {
  return (await app.log()).filter(ofType('DailyCutoffPassed')).map((e) => e.data.cutoff);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('[R-report-daily-cutoff] The daily cut-off markers', () => {
  it('are appended by the scheduler when a quiet log passes midnight', async () => {
    // Given: a log that began today, and a clock half a second before the next midnight
    const app = await TestApp.start(SCHEDULER);
    try {
      const given = await Scenario.of(app);
      await given.createTraining('quiet');
      const midnight = midnightAfter(Date.parse((await app.log())[0]!.metadata.occurredAt));
      await given.ok(
        app.request('PUT', '/api/v1/test-clock', {
          token: given.operator,
          body: { now: iso(midnight - 500) },
        }),
      );
      expect(await markers(app)).toEqual([]);

      // When: midnight passes and nobody sends anything
      const seen = await eventually(
        () => markers(app),
        (cutoffs) => cutoffs.length > 0,
      );

      // Then: the scheduler wrote that midnight's marker on its own
      expect(seen).toEqual([iso(midnight)]);
    } finally {
      await app.close();
    }
  });

  it('missed while the service was down for quiet days are appended as it starts', async () => {
    // Given: a service that recorded something, then stopped for three quiet days
    const first = await TestApp.start(SCHEDULER);
    const dataDir = first.config.DATA_DIR;
    const given = await Scenario.of(first);
    await given.createTraining('before-the-break');
    const began = Date.parse((await first.log())[0]!.metadata.occurredAt);
    await first.close();
    new TestClock(join(dataDir, 'test-clock.json')).moveTo(new Date(midnightAfter(began, 3) + 1));

    // When: it starts again, and no request arrives
    const second = await TestApp.start(SCHEDULER, dataDir);
    try {
      // Then: the three midnights it missed are in the log, in order
      expect(await markers(second)).toEqual([1, 2, 3].map((d) => iso(midnightAfter(began, d))));
    } finally {
      await second.close();
    }
  });
});

describe('[R-report-daily-cutoff] The cut-offs as tenants and reports see them', () => {
  let app: TestApp;
  let acme: Scenario;
  let began: number;
  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    acme = await Scenario.of(app);
    await acme.enableFeature();
    began = Date.now();
  });
  afterAll(() => app.close());

  const moveClock = (time: number) =>
    acme.ok(
      app.request('PUT', '/api/v1/test-clock', { token: acme.operator, body: { now: iso(time) } }),
    );
  const asOf = async (time: number, trainingId: string) =>
    acme.ok(
      app.request(
        'GET',
        `/api/v1/audit/trainings/${trainingId}/progress-report?asOf=${iso(time).slice(0, 10)}`,
        {
          token: await token('acme', 'auditor'),
          headers: { 'x-consistent-with': String(await app.head()) },
        },
      ),
    );

  it("show in every tenant's audit log, beside only that tenant's own events", async () => {
    // Given: two tenants with a training each, and a midnight passed
    const globex = await Scenario.of(app, 'globex');
    await acme.createTraining('acme-course');
    await globex.createTraining('globex-course');
    await moveClock(midnightAfter(began) + 60_000);

    for (const [tenant, own, other] of [
      ['acme', 'acme-course', 'globex-course'],
      ['globex', 'globex-course', 'acme-course'],
    ] as const) {
      // When: the tenant's auditor reads its audit log
      const answer = await acme.ok(
        app.request('GET', '/api/v1/audit/events?limit=1000', {
          token: await token(tenant, 'auditor'),
          headers: { 'x-consistent-with': String(await app.head()) },
        }),
      );
      const events = answer.body.events as {
        type: string;
        stream: string;
        data: { cutoff?: string };
      }[];

      // Then: the platform's marker is there, its own training too, the other tenant's never
      expect(
        events.filter((e) => e.type === 'DailyCutoffPassed').map((e) => e.data.cutoff),
      ).toEqual([iso(midnightAfter(began))]);
      expect(events.some((e) => e.stream.endsWith(`:${own}`))).toBe(true);
      expect(events.some((e) => e.stream.endsWith(`:${other}`))).toBe(false);
    }
  });

  it("keep a completion recorded after a marker out of that day's report, even back-dated", async () => {
    // Given: a learner enrolled before a midnight
    await acme.createTraining('backdated');
    await acme.enrol('backdated', 'ana');
    const now = Date.parse((await app.log()).at(-1)!.metadata.occurredAt);
    const nextMidnight = midnightAfter(now);
    await moveClock(nextMidnight + 3_600_000);

    // When: after that midnight's marker, a completion is recorded with a date before it
    const completedAt = iso(nextMidnight - 3_600_000);
    await acme.ok(
      app.request('POST', '/api/v1/trainings/backdated/learners/ana/completion', {
        token: acme.admin,
        body: { completedAt },
      }),
    );

    // Then: that day's report does not show it; the next day's does, with the date given
    expect((await asOf(nextMidnight, 'backdated')).body.rows[0]).toMatchObject({
      userId: 'ana',
      status: 'not-started',
      completedAt: null,
    });
    await moveClock(midnightAfter(nextMidnight) + 60_000);
    expect((await asOf(midnightAfter(nextMidnight), 'backdated')).body.rows[0]).toMatchObject({
      userId: 'ana',
      status: 'completed',
      completedAt,
    });
  });

  it('[R-first-generated-at-kept] keep the first download date in the report after a deletion and a new generation', async () => {
    // Given: a certificate generated, then deleted on a later day
    await acme.createTraining('regenerated');
    await acme.assign('regenerated', 'classic-en', 1);
    await acme.enrol('regenerated', 'bo');
    await acme.complete('regenerated', 'bo');
    const first = await acme.generate('regenerated', 'bo');
    await generationOutcome(app, first.body.certificateId);
    const firstGeneratedAt = (await app.log())
      .filter(ofType('CertificateGenerationRequested'))
      .find((e) => e.data.certificateId === first.body.certificateId)!.data.firstGeneratedAt;
    const day = midnightAfter(Date.parse(firstGeneratedAt));
    await moveClock(day + 3_600_000);
    const path = '/api/v1/trainings/regenerated/learners/bo/certificate';
    await acme.ok(app.request('DELETE', path, { token: acme.admin, body: { reason: 'typo' } }));

    // When: the report is read as of the cut-off after the deletion, and after a new generation
    await moveClock(midnightAfter(day) + 60_000);
    const afterDeletion = (await asOf(midnightAfter(day), 'regenerated')).body.rows[0];
    const again = await acme.ok(app.request('POST', path, { token: acme.admin }));
    expect(again.body.certificateId).not.toBe(first.body.certificateId);
    expect((await generationOutcome(app, again.body.certificateId)).type).toBe(
      'CertificateGenerated',
    );
    await moveClock(midnightAfter(day, 2) + 60_000);
    const afterRegeneration = (await asOf(midnightAfter(day, 2), 'regenerated')).body.rows[0];

    // Then: both show the first generation's date
    expect(afterDeletion).toMatchObject({
      userId: 'bo',
      certificateDownloadDate: firstGeneratedAt,
    });
    expect(afterRegeneration).toMatchObject({
      userId: 'bo',
      certificateDownloadDate: firstGeneratedAt,
    });
  }, 120_000);
});
