import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { rebuildProjection } from '../../src/projections/engine/rebuild';
import { ProjectionsService } from '../../src/projections/projections.service';
import { READ_STORE, type ReadStore } from '../../src/read-store/read-store';
import { generationOutcome } from '../support/certificates';
import { snapshotReadModels } from '../support/read-model-snapshot';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, type Call, TestApp, token } from '../support/test-app';

const DAY = 86_400_000;

/** The parts of a learning record these tests read. */
interface LearningRecord {
  readonly cycle: number;
  readonly certificate: Record<string, string> & { validUntil: string; firstGeneratedAt: string };
  readonly renewal: { opensAt: string; open: boolean } | null;
  readonly previousCertificates: Record<string, string | null>[];
}

/**
 * Renewal in cycles over HTTP (SPEC §1 "Renewal", §5 "Renewal"), with the generation reactor
 * rendering real PDFs and the test clock carrying certificates towards their expiry.
 */
describe('Renewal', () => {
  let app: TestApp;
  let given: Scenario;
  const base = '/api/v1/trainings/safety';
  const learnerRenewal = '/api/v1/me/learning-records/safety/renewal';
  const adminRenewal = (learnerId: string) => `${base}/learners/${learnerId}/renewal`;
  let issued: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('safety', 'g1');
    await given.ok(
      app.request('PUT', `${base}/certificate`, {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 12, renewalWindowDays: 30 },
      }),
    );
    issued = {};
    for (const learner of ['ann', 'bob', 'cy', 'dee']) {
      await given.enrol('safety', learner);
      await given.complete('safety', learner);
      issued[learner] = await generated(learner);
    }
  }, 120_000);
  afterAll(() => app.close());

  const now = async () =>
    new Date((await app.request('GET', '/api/v1/test-clock', { token: given.operator })).body.now);
  const moveClock = (to: Date) =>
    given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: to.toISOString() },
      }),
    );

  /** A query that sees everything appended so far. */
  const read = async (url: string, bearer: string): Promise<Answer> =>
    app.request('GET', url, {
      token: bearer,
      headers: { 'x-consistent-with': String(await app.head()) },
    });

  async function generated(learnerId: string): Promise<string> {
    const requested = await given.ok(given.generate('safety', learnerId));
    const certificateId = requested.body.certificateId as string;
    expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
    return certificateId;
  }

  const expectRefused = (method: string, url: string, call: Call, status: number, code: string) =>
    given.refused(() => app.request(method, url, call), status, code);

  const record = async (learnerId: string) =>
    (
      (await read('/api/v1/me/learning-records', await given.learner(learnerId)))
        .body as (LearningRecord & {
        trainingId: string;
      })[]
    ).find((r) => r.trainingId === 'safety')!;

  /** Whether the tenant's status list flags the certificate, decoded by the status list library. */
  const flagged = async (certificateId: string) => {
    const credential = JSON.parse(
      (await read(`/api/v1/public/certificates/${certificateId}/credential`, '')).raw,
    ) as { credentialStatus: { statusListIndex: string } };
    const list = JSON.parse((await read('/tenants/acme/status-lists/revocation', '')).raw) as {
      credentialSubject: { encodedList: string };
    };
    const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
    return bits.getStatus(Number(credential.credentialStatus.statusListIndex));
  };

  const publicJson = async (certificateId: string, on?: string) =>
    read(`/api/v1/public/certificates/${certificateId}${on ? `?on=${on}` : ''}`, '');

  it('[R-renewal-window] [R-renewal-who-and-when] shows when renewal opens, and refuses the learner before it with nothing appended', async () => {
    const ann = await record('ann');
    const { validUntil } = ann.certificate;
    expect(ann.cycle).toBe(1);
    expect(ann.renewal).toEqual({
      opensAt: new Date(Date.parse(validUntil) - 30 * DAY).toISOString(),
      open: false,
    });
    expect(ann.previousCertificates).toEqual([]);
    await expectRefused(
      'POST',
      learnerRenewal,
      { token: await given.learner('ann') },
      409,
      'renewal-not-open',
    );
  });

  it('refuses bad assignments and foreign renewals with problem+json and nothing appended', async () => {
    for (const body of [
      { templateId: 'classic-en', version: 1, validForMonths: 12, renewalWindowDays: 0 },
      { templateId: 'classic-en', version: 1, validForMonths: 12, renewalWindowDays: 366 },
      { templateId: 'classic-en', version: 1, renewalWindowDays: 30 },
    ])
      await expectRefused(
        'PUT',
        `${base}/certificate`,
        { token: given.admin, body },
        400,
        'validation-failed',
      );
    await expectRefused(
      'POST',
      '/api/v1/trainings/nope/learners/ann/renewal',
      { token: given.admin },
      404,
      'not-found',
    );
    await expectRefused(
      'POST',
      '/api/v1/me/learning-records/nope/renewal',
      { token: await given.learner('ann') },
      404,
      'not-found',
    );
    // A learner who never had a certificate here: nothing to renew, even for an admin.
    await expectRefused(
      'POST',
      adminRenewal('nobody'),
      { token: given.admin },
      409,
      'renewal-not-open',
    );
    const otherTenant = await token('globex', 'admin');
    await expectRefused('POST', adminRenewal('ann'), { token: otherTenant }, 404, 'not-found');
    const otherGroup = await token('acme', 'group-admin', { groups: ['g2'] });
    await expectRefused('POST', adminRenewal('ann'), { token: otherGroup }, 403, 'forbidden');
    // A learner cannot renew someone else: the admin path is not theirs.
    await expectRefused(
      'POST',
      adminRenewal('bob'),
      { token: await given.learner('ann') },
      403,
      'forbidden',
    );
  });

  it('[R-renewal-who-and-when] an admin renews a revoked certificate; the learner is told it was revoked', async () => {
    await given.ok(
      app.request('POST', `${base}/learners/cy/certificate/revocation`, {
        token: given.admin,
        body: { reason: 'Issued in error' },
      }),
    );
    await expectRefused(
      'POST',
      learnerRenewal,
      { token: await given.learner('cy') },
      409,
      'certificate-revoked',
    );
    const renewed = await given.ok(app.request('POST', adminRenewal('cy'), { token: given.admin }));
    expect(renewed.body).toEqual({ cycle: 2, position: expect.any(String) });
  });

  it('[R-renewal-window] [R-renewal-who-and-when] the learner renews once the window opens; renewing again answers the same cycle and appends nothing', async () => {
    const { validUntil } = (await record('ann')).certificate;
    await moveClock(new Date(Date.parse(validUntil) - 20 * DAY));
    expect((await record('ann')).renewal?.open).toBe(true);
    const learner = await given.learner('ann');
    const first = await given.ok(app.request('POST', learnerRenewal, { token: learner }));
    expect(first.body).toEqual({ cycle: 2, position: expect.any(String) });
    const again = await given.ok(app.request('POST', learnerRenewal, { token: learner }));
    expect(again.body).toEqual(first.body);
    const byAdmin = await given.ok(
      app.request('POST', adminRenewal('ann'), { token: given.admin }),
    );
    expect(byAdmin.body).toEqual(first.body);

    // The new cycle starts from nothing; the earlier certificate is listed, still valid.
    const ann = await record('ann');
    expect(ann).toMatchObject({ cycle: 2, progress: 0, status: 'not-started', completedAt: null });
    expect(ann.certificate).toEqual({ status: 'unavailable' });
    expect(ann.renewal).toBeNull();
    expect(ann.previousCertificates).toEqual([
      {
        certificateId: issued.ann,
        number: expect.stringMatching(/^ACME-\d{4}-000001$/),
        status: 'generated',
        validUntil,
      },
    ]);
    expect((await publicJson(issued.ann!)).body.status).toBe('valid');
  });

  it('[R-renewal-who-and-when] concurrent renewals of one learner give one new cycle', async () => {
    const learner = await given.learner('bob');
    const answers = await Promise.all([
      app.request('POST', learnerRenewal, { token: learner }),
      app.request('POST', learnerRenewal, { token: learner }),
      app.request('POST', adminRenewal('bob'), { token: given.admin }),
      app.request('POST', adminRenewal('bob'), { token: given.admin }),
    ]);
    expect(answers.map((a) => [a.status, a.body.cycle])).toEqual([
      [200, 2],
      [200, 2],
      [200, 2],
      [200, 2],
    ]);
    const started = (await app.log()).filter(
      (e) => e.type === 'RenewalStarted' && e.data.learnerId === 'bob',
    );
    expect(started).toHaveLength(1);
  });

  it('[R-renewal-cycles] [R-renewal-links] the new cycle generates anew; both certificates name each other; the earlier one stays valid until its own end', async () => {
    // Not completed again yet: nothing to generate.
    expectProblem(await given.generate('safety', 'ann'), 409, 'not-completed');
    await given.complete('safety', 'ann');
    const renewalId = await generated('ann');
    expect(renewalId).not.toBe(issued.ann);
    const renewedAt = await now();

    const ann = await record('ann');
    expect(ann.cycle).toBe(2);
    expect(ann.certificate).toMatchObject({
      status: 'generated',
      certificateId: renewalId,
      renews: issued.ann,
    });
    // Its own first generation, not the first cycle's.
    expect(Date.parse(ann.certificate.firstGeneratedAt)).toBeGreaterThan(
      Date.parse(ann.previousCertificates[0]!.validUntil!) - 30 * DAY,
    );
    expect(ann.previousCertificates).toEqual([
      expect.objectContaining({ certificateId: issued.ann, renewedBy: renewalId }),
    ]);

    const rows = (await read(`${base}/certificates`, given.admin)).body as Record<
      string,
      unknown
    >[];
    expect(rows.filter((row) => row.learnerId === 'ann')).toEqual([
      expect.objectContaining({
        certificateId: issued.ann,
        cycle: 1,
        renewedBy: renewalId,
        status: 'generated',
      }),
      expect.objectContaining({
        certificateId: renewalId,
        cycle: 2,
        renews: issued.ann,
        status: 'generated',
      }),
    ]);

    const earlier = (await publicJson(issued.ann!)).body;
    const later = (await publicJson(renewalId)).body;
    expect(earlier).toMatchObject({ status: 'valid', cycle: 1, renewedBy: renewalId });
    expect(later).toMatchObject({ status: 'valid', cycle: 2, renews: issued.ann });
    expect(Date.parse(later.validUntil)).toBeGreaterThan(Date.parse(earlier.validUntil));
    expect(later.issuedAt).toBe(renewedAt.toISOString().slice(0, 10) + later.issuedAt.slice(10));

    // The page links the newer one; the status list does not flag the earlier one.
    const page = await read(`/verify/${issued.ann}`, '');
    expect(page.raw).toContain(`/verify/${renewalId}`);
    expect(await flagged(issued.ann!)).toBe(false);
    expect(await flagged(renewalId)).toBe(false);
    // The revoked one is flagged: the decoding reads the list the verifiers read.
    expect(await flagged(issued.cy!)).toBe(true);

    // Past the earlier one's end, it is expired; the renewal is valid.
    await moveClock(new Date(Date.parse(earlier.validUntil) + DAY));
    expect((await publicJson(issued.ann!)).body.status).toBe('expired');
    expect((await publicJson(renewalId)).body.status).toBe('valid');
    expect((await record('ann')).previousCertificates[0]?.status).toBe('expired');
  });

  it('[R-valid-on-date] answers whether a certificate was valid on a given UTC day, and why not', async () => {
    const certificate = (await publicJson(issued.ann!)).body;
    const day = (time: number) => new Date(time).toISOString().slice(0, 10);
    const issuedAt = Date.parse(certificate.issuedAt);
    const validUntil = Date.parse(certificate.validUntil);
    const validOn = async (on: string) => (await publicJson(issued.ann!, on)).body.validOn;
    expect(await validOn(day(issuedAt))).toEqual({
      date: day(issuedAt),
      valid: false,
      reason: 'not-yet-issued',
    });
    expect(await validOn(day(issuedAt + DAY))).toEqual({
      date: day(issuedAt + DAY),
      valid: true,
      reason: 'valid',
    });
    expect(await validOn(day(validUntil))).toEqual({
      date: day(validUntil),
      valid: false,
      reason: 'expired',
    });
    expect(await validOn(day(validUntil - DAY))).toEqual({
      date: day(validUntil - DAY),
      valid: true,
      reason: 'valid',
    });
    // The revoked one: valid before the revocation's day, revoked from it on.
    const revoked = (await publicJson(issued.cy!, day(Date.now() + 400 * DAY))).body;
    expect(revoked.validOn).toMatchObject({ valid: false, reason: 'revoked' });
    // Bad days: 400 on the JSON, ignored on the page.
    for (const on of ['2026-02-30', 'yesterday', '2026-1-01'])
      expectProblem(await publicJson(issued.ann!, on), 400, 'validation-failed');
    const page = await read(`/verify/${issued.ann}?on=${day(issuedAt + DAY)}`, '');
    expect(page.status).toBe(200);
    expect(page.raw).toContain('id="valid-on"');
    expect((await read(`/verify/${issued.ann}?on=nonsense`, '')).status).toBe(200);
  });

  it('[R-renewal-cycles] [R-report-rows] the report shows the current cycle and the valid-until; an as-of day before the renewal is unchanged', async () => {
    const auditor = await token('acme', 'auditor');
    const asOf = async (day: string) =>
      (await read(`/api/v1/audit/trainings/safety/progress-report?asOf=${day}`, auditor)).body as {
        rows: Record<string, unknown>[];
      };
    const today = (await now()).toISOString().slice(0, 10);
    const rows = (await asOf(today)).rows;
    const ann = rows.find((r) => r.userId === 'ann')!;
    expect(ann).toMatchObject({
      cycle: 2,
      status: 'completed',
      certificateValidUntil: expect.any(String),
    });
    const renewal = (await record('ann')).certificate;
    expect(ann.certificateValidUntil).toBe(renewal.validUntil);
    // The revoked certificate counts for nothing: cy's row has no valid-until.
    expect(rows.find((r) => r.userId === 'cy')).toMatchObject({
      cycle: 2,
      certificateValidUntil: null,
    });
    // The day after the first generations: only cy, renewed that same day, is in cycle 2.
    const firstDay = new Date(Date.parse((await publicJson(issued.dee!)).body.issuedAt) + DAY);
    const before = (await asOf(firstDay.toISOString().slice(0, 10))).rows;
    expect(before.map((r) => [r.userId, r.cycle])).toEqual([
      ['ann', 1],
      ['bob', 1],
      ['cy', 2],
      ['dee', 1],
    ]);
  });

  it('[R-rebuild-equals-live] rebuilds the read models to exactly the live ones across renewals', async () => {
    const store = app.app.get<ReadStore>(READ_STORE);
    const names = ALL_PROJECTIONS.map((p) => p.name);
    expect(
      await app.app.get(ProjectionsService).waitFor(names, await app.head(), { timeoutMs: 30_000 }),
    ).toBe(true);
    const live = await snapshotReadModels(store);
    for (const projection of ALL_PROJECTIONS) await rebuildProjection(app.store, store, projection);
    expect(await snapshotReadModels(store)).toEqual(live);
  });
});
