import type { RecordedEvent } from '../../src/event-store/event-store';
import { generationOutcome } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

const DAY = 86_400_000;

/**
 * Notification settings and the expiry notices the log records at each daily cut-off (SPEC §1
 * "Notifications"): reminders at the tenant's offsets and the expiry, each once, at the first
 * cut-off at or after its moment — also when the service catches up many days at once.
 */
describe('[R-expiry-reminders] Expiry notices and notification settings', () => {
  let app: TestApp;
  let given: Scenario;
  const settings = '/api/v1/tenants/acme/notifications';
  const issued: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('safety', 'g1');
    await given.ok(
      app.request('PUT', '/api/v1/trainings/safety/certificate', {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 2 },
      }),
    );
    for (const learner of ['ann', 'bob']) {
      await given.enrol('safety', learner);
      await given.complete('safety', learner);
      const requested = await given.ok(given.generate('safety', learner));
      issued[learner] = requested.body.certificateId as string;
      expect((await generationOutcome(app, issued[learner])).type).toBe('CertificateGenerated');
    }
  }, 120_000);
  afterAll(() => app.close());

  const moveClock = (to: Date) =>
    given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: to.toISOString() },
      }),
    );

  const notices = async (): Promise<RecordedEvent[]> =>
    (await app.log()).filter((event) =>
      ['CertificateExpiring', 'CertificateExpired'].includes(event.type),
    );

  /** Waits until the log holds `count` notices (the reactor runs behind the clock's move). */
  async function noticesReach(count: number): Promise<RecordedEvent[]> {
    for (let waited = 0; waited < 20_000; waited += 50) {
      const found = await notices();
      if (found.length >= count) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return notices();
  }

  it('answers the defaults, with smtpConfigured false, before the tenant chose', async () => {
    const answer = await given.ok(app.request('GET', settings, { token: given.admin }));
    expect(answer.body).toMatchObject({
      tenantId: 'acme',
      reminderDays: [30, 7, 1],
      email: { enabled: false },
      smtpConfigured: false,
    });
  });

  it.each([
    ['six offsets', { reminderDays: [1, 2, 3, 4, 5, 6] }],
    ['an offset of 0', { reminderDays: [0] }],
    ['an offset over 365', { reminderDays: [366] }],
    ['an offset given twice', { reminderDays: [7, 7] }],
    ['a fractional offset', { reminderDays: [1.5] }],
    [
      'a bad replyTo',
      {
        email: {
          ...{ enabled: true, certificateReady: true, attachPdf: false },
          ...{ reminders: true, expired: true, revoked: true, replyTo: 'not an address' },
        },
      },
    ],
    ['an unknown field', { reminders: [7] }],
  ])('refuses %s with 400 and appends nothing', async (_case, body) => {
    await given.refused(
      () => app.request('PUT', settings, { token: given.admin, body }),
      400,
      'validation-failed',
    );
  });

  it("refuses a learner (403) and answers another tenant's admin as if it did not exist", async () => {
    const learner = await given.learner('ann');
    expectProblem(await app.request('GET', settings, { token: learner }), 403, 'forbidden');
    const other = '/api/v1/tenants/globex/notifications';
    const put = await app.request('PUT', other, {
      token: given.admin,
      body: { reminderDays: [3] },
    });
    expectProblem(put, 404, 'not-found');
  });

  it('records the offsets sorted, and the same settings again change nothing', async () => {
    const first = await given.ok(
      app.request('PUT', settings, { token: given.admin, body: { reminderDays: [1, 14] } }),
    );
    const again = await given.ok(
      app.request('PUT', settings, { token: given.admin, body: { reminderDays: [14, 1] } }),
    );
    expect(again.body.position).toBe(first.body.position);
    const read = await app.request('GET', settings, {
      token: given.admin,
      headers: { 'x-consistent-with': first.body.position as string },
    });
    expect(read.body).toMatchObject({ reminderDays: [14, 1], email: { enabled: false } });
  });

  it('notices each offset and the expiry once, at the first cut-off at or after its moment, catching up many days at once', async () => {
    const log = await app.log();
    const generated = log.filter((event) => event.type === 'CertificateGenerated');
    const validUntil = new Date((generated[0]!.data as { validUntil: string }).validUntil);
    // Jump past the expiry at once: the markers of every day in between are appended together.
    await moveClock(new Date(validUntil.getTime() + 2 * DAY));
    await given.ok(given.enrol('safety', 'cy'));
    const found = await noticesReach(6);
    const seen = found.map((event) => {
      const data = event.data as { certificateId: string; daysBefore?: number; cutoff: string };
      return { type: event.type, certificateId: data.certificateId, daysBefore: data.daysBefore };
    });
    const expected = (certificateId: string) => [
      { type: 'CertificateExpiring', certificateId, daysBefore: 14 },
      { type: 'CertificateExpiring', certificateId, daysBefore: 1 },
      { type: 'CertificateExpired', certificateId, daysBefore: undefined },
    ];
    expect(seen).toHaveLength(6);
    expect(seen).toEqual(
      expect.arrayContaining([...expected(issued.ann!), ...expected(issued.bob!)]),
    );
    for (const event of found) {
      const data = event.data as { validUntil: string; cutoff: string; daysBefore?: number };
      const moment = Date.parse(data.validUntil) - (data.daysBefore ?? 0) * DAY;
      const cutoff = Date.parse(data.cutoff);
      // The first cut-off at or after the moment: not before it, less than a day after it.
      expect(cutoff).toBeGreaterThanOrEqual(moment);
      expect(cutoff - moment).toBeLessThan(DAY);
      expect(event.metadata.tenant).toBe('acme');
    }
    // Another day passes: nothing is noticed twice.
    await moveClock(new Date(validUntil.getTime() + 4 * DAY));
    await given.ok(given.enrol('safety', 'dee'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notices()).toHaveLength(6);
  }, 60_000);
});
