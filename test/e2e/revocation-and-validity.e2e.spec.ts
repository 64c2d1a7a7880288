import { addCalendarMonths } from '../../src/core/calendar-months';
import { ofType } from '../../src/event-store/event-store';
import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { rebuildProjection } from '../../src/projections/engine/rebuild';
import { ProjectionsService } from '../../src/projections/projections.service';
import { READ_STORE, type ReadStore } from '../../src/read-store/read-store';
import { formatDate } from '../../src/rendering/render-context';
import { generationOutcome, pdfText } from '../support/certificates';
import { snapshotReadModels } from '../support/read-model-snapshot';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, type Call, TestApp, token } from '../support/test-app';

/** Revocation and validity periods over HTTP, with the generation reactor rendering real PDFs. */
describe('Revocation and validity', () => {
  let app: TestApp;
  let given: Scenario;
  const base = '/api/v1/trainings/safety';
  const revocation = (learnerId: string) => `${base}/learners/${learnerId}/certificate/revocation`;

  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('safety', 'g1');
    await given.ok(
      app.request('PUT', `${base}/certificate`, {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 12 },
      }),
    );
    for (const learner of ['ann', 'bob', 'cy']) {
      await given.enrol('safety', learner);
      await given.complete('safety', learner);
    }
  }, 60_000);
  afterAll(() => app.close());

  /** A query that sees everything appended so far. */
  const read = async (url: string, bearer: string): Promise<Answer> =>
    app.request('GET', url, {
      token: bearer,
      headers: { 'x-consistent-with': String(await app.head()) },
    });

  const expectRefused = (method: string, url: string, call: Call, status: number, code: string) =>
    given.refused(() => app.request(method, url, call), status, code);

  const generated = async (learnerId: string, answer: Promise<Answer>) => {
    const requested = await given.ok(answer);
    const outcome = await generationOutcome(app, requested.body.certificateId as string);
    expect(outcome.type).toBe('CertificateGenerated');
    const request = (await app.log())
      .filter(ofType('CertificateGenerationRequested'))
      .find((e) => e.data.certificateId === requested.body.certificateId)!;
    return { certificateId: requested.body.certificateId as string, outcome, request, learnerId };
  };

  const myRecord = async (learnerId: string) =>
    (
      (await read('/api/v1/me/learning-records', await given.learner(learnerId))).body as {
        trainingId: string;
        certificate: Record<string, unknown>;
      }[]
    ).find((r) => r.trainingId === 'safety')!.certificate;

  const adminRow = async (learnerId: string) =>
    ((await read(`${base}/certificates`, given.admin)).body as Record<string, unknown>[]).find(
      (row) => row.learnerId === learnerId,
    )!;

  it("shows the assignment's validity on the training", async () => {
    const training = await read(base, given.admin);
    expect(training.body.certificate).toMatchObject({
      templateId: 'classic-en',
      validForMonths: 12,
    });
  });

  it('[R-validity-months] gives a generated certificate a validity: issue time plus the months, on the PDF, the record and the list', async () => {
    const ann = await generated('ann', given.generate('safety', 'ann'));
    const validUntil = addCalendarMonths(new Date(ann.request.data.requestedAt), 12).toISOString();
    expect(ann.request.data.validForMonths).toBe(12);
    expect(ann.outcome.data).toMatchObject({ validUntil });
    expect(await myRecord('ann')).toMatchObject({ status: 'generated', validUntil });
    expect(await adminRow('ann')).toMatchObject({ status: 'generated', validUntil });
    const pdf = await app.app.inject({
      method: 'GET',
      url: '/api/v1/me/learning-records/safety/certificate',
      headers: { authorization: `Bearer ${await given.learner('ann')}` },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload).replace(/\s+/g, ' ')).toContain(
      `Valid until ${formatDate(new Date(validUntil), 'en')}`,
    );
  }, 60_000);

  it('refuses bad revocations with nothing appended: a bad reason, another tenant, another group, no certificate', async () => {
    const url = revocation('ann');
    for (const body of [{}, { reason: '' }, { reason: 'x'.repeat(501) }])
      await expectRefused('POST', url, { token: given.admin, body }, 400, 'validation-failed');
    const reason = { reason: 'Issued in error' };
    await expectRefused(
      'POST',
      url,
      { token: await token('globex', 'admin'), body: reason },
      404,
      'not-found',
    );
    const otherGroup = await token('acme', 'group-admin', { groups: ['g2'] });
    await expectRefused('POST', url, { token: otherGroup, body: reason }, 403, 'forbidden');
    await expectRefused(
      'POST',
      url,
      { token: await token('acme', 'trainer'), body: reason },
      403,
      'forbidden',
    );
    // bob completed but has no certificate: not ready to revoke
    await expectRefused(
      'POST',
      revocation('bob'),
      { token: given.admin, body: reason },
      409,
      'not-ready',
    );
  });

  it('[R-revocation] [R-group-scope] a group admin of the training’s group revokes; again is a no-op with the same position', async () => {
    const groupAdmin = await token('acme', 'group-admin', { groups: ['g1'] });
    const body = { reason: 'Issued in error' };
    const first = await given.ok(
      app.request('POST', revocation('ann'), { token: groupAdmin, body }),
    );
    const { certificateId } = await adminRow('ann');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ certificateId, status: 'revoked', position: expect.any(String) });
    const head = await app.head();
    const again = await given.ok(
      app.request('POST', revocation('ann'), { token: given.admin, body: { reason: 'Fraud' } }),
    );
    expect(again.body).toEqual({ certificateId, status: 'revoked', position: first.body.position });
    expect(await app.head()).toBe(head);
    expect((await app.log()).filter(ofType('CertificateRevoked'))).toHaveLength(1);
  });

  it('[R-revocation] shows the revocation to the learner and in the admin list; the learner can neither open nor generate it', async () => {
    expect(await myRecord('ann')).toMatchObject({ status: 'revoked' });
    expect(await adminRow('ann')).toMatchObject({
      status: 'revoked',
      revokedAt: expect.any(String),
      revocationReason: 'Issued in error',
    });
    const learner = await given.learner('ann');
    expectProblem(
      await read('/api/v1/me/learning-records/safety/certificate', learner),
      409,
      'certificate-revoked',
    );
    await expectRefused(
      'POST',
      '/api/v1/me/learning-records/safety/certificate',
      { token: learner },
      409,
      'certificate-revoked',
    );
    // An admin can still download the copy that was issued.
    const copy = await read(`${base}/learners/ann/certificate`, given.admin);
    expect(copy.status).toBe(200);
    expect(copy.headers['content-type']).toBe('application/pdf');
  });

  it('[R-validity-months] [R-revocation] changing the validity affects later generations only; an admin issues a new certificate after a revocation', async () => {
    const { certificateId: revoked, validUntil: revokedValidity } = await adminRow('ann');
    await given.ok(
      app.request('PUT', `${base}/certificate`, {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 6 },
      }),
    );
    expect((await read(base, given.admin)).body.certificate.validForMonths).toBe(6);
    const renewed = await generated(
      'ann',
      app.request('POST', `${base}/learners/ann/certificate`, { token: given.admin }),
    );
    expect(renewed.certificateId).not.toBe(revoked);
    const validUntil = addCalendarMonths(
      new Date(renewed.request.data.requestedAt),
      6,
    ).toISOString();
    expect(renewed.outcome.data).toMatchObject({ validUntil });
    expect(await myRecord('ann')).toMatchObject({
      status: 'generated',
      certificateId: renewed.certificateId,
      validUntil,
    });
    // The revoked certificate's recorded validity did not change.
    const revokedOutcome = await generationOutcome(app, revoked as string);
    expect(revokedOutcome.data).toMatchObject({ validUntil: revokedValidity });
    // Without a validity, the next certificates do not expire.
    await given.ok(
      app.request('PUT', `${base}/certificate`, {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1 },
      }),
    );
    expect((await read(base, given.admin)).body.certificate.validForMonths).toBeNull();
    const cy = await generated('cy', given.generate('safety', 'cy'));
    expect(cy.outcome.data).not.toHaveProperty('validUntil');
    expect(await myRecord('cy')).not.toHaveProperty('validUntil');
    expect(await adminRow('cy')).toMatchObject({ validUntil: null });
  }, 60_000);

  it('refuses a validity outside 1–120 months with nothing appended', async () => {
    for (const validForMonths of [0, 121, 1.5, '12'])
      await expectRefused(
        'PUT',
        `${base}/certificate`,
        { token: given.admin, body: { templateId: 'classic-en', version: 1, validForMonths } },
        400,
        'validation-failed',
      );
  });

  it('[R-rebuild-equals-live] rebuilds the read models from the log to exactly the live ones, revocations included', async () => {
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
