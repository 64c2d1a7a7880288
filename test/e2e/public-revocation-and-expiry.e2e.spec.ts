import { independentVerifier } from '../credentials/independent-verifier';
import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { listeningApp } from '../support/listening-app';
import type { TestApp } from '../support/test-app';
import { documentedFetch as fetch } from '../support/documented-fetch';

const DAY = 86_400_000;

/** Revocation and expiry as a holder of the certificate sees them: no token, over real HTTP. */
describe('A revoked or expired certificate, publicly', () => {
  let app: TestApp;
  let given: Scenario;
  let base: string;
  const verifier = independentVerifier((url) => fetch(`http://${url.host}${url.pathname}`));

  beforeAll(async () => {
    ({ app, base } = await listeningApp({ TEST_CLOCK: '1' }));
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('forklift');
    await given.ok(
      app.request('PUT', '/api/v1/trainings/forklift/certificate', {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 1 },
      }),
    );
  }, 60_000);
  afterAll(() => app.close());

  async function generatedFor(learnerId: string): Promise<string> {
    await given.enrol('forklift', learnerId);
    await given.complete('forklift', learnerId);
    const { certificateId } = (await given.ok(given.generate('forklift', learnerId))).body;
    const outcome = await generationOutcome(app, certificateId);
    expect(outcome.type).toBe('CertificateGenerated');
    // The public read model follows the log a moment later: wait for it to hold the outcome.
    const projected = await fetch(`${base}/api/v1/public/certificates/${certificateId}`, {
      headers: { 'x-consistent-with': String(outcome.position) },
    });
    expect(projected.status).toBe(200);
    return certificateId as string;
  }

  const publicFacts = async (id: string) =>
    (await (await fetch(`${base}/api/v1/public/certificates/${id}`)).json()) as Record<
      string,
      unknown
    >;

  async function eventually(check: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    while (!(await check()) && Date.now() - started < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return Date.now() - started;
  }

  it('[R-revocation] shows a revocation on the public JSON, the page and the signed status list within seconds', async () => {
    // Given: a generated certificate whose credential a verifier holds
    const certificateId = await generatedFor('rex');
    const credential = await (
      await fetch(`${base}/api/v1/public/certificates/${certificateId}/credential`)
    ).json();
    expect((await verifier.checkStatus(credential)).results?.[0]?.status).toBe(false);
    const records = await given.ok(
      app.request('GET', '/api/v1/me/learning-records', {
        token: await given.learner('rex'),
        headers: { 'x-consistent-with': String(await app.head()) },
      }),
    );
    expect(records.body[0].certificate).toMatchObject({
      status: 'generated',
      validUntil: expect.any(String),
      verificationUrl: `${base}/verify/${certificateId}`,
    });

    // When: an admin revokes it
    await given.ok(
      app.request('POST', '/api/v1/trainings/forklift/learners/rex/certificate/revocation', {
        token: given.admin,
        body: { reason: 'Issued in error' },
      }),
    );

    // Then: the status list flags it, and the public answers say so
    const waited = await eventually(
      async () => (await verifier.checkStatus(credential)).results?.[0]?.status === true,
    );
    expect((await verifier.checkStatus(credential)).results?.[0]?.status).toBe(true);
    expect(waited).toBeLessThan(10_000);
    expect(await publicFacts(certificateId)).toMatchObject({
      status: 'revoked',
      revokedAt: expect.any(String),
      revocationReason: 'Issued in error',
    });
    const page = await (await fetch(`${base}/verify/${certificateId}?lang=en`)).text();
    expect(page).toContain('Revoked');
    expect(page).toContain('Issued in error');
  });

  it('[R-validity-months] says expired once its validity has passed, and valid before', async () => {
    // Given: a certificate valid for one month
    const certificateId = await generatedFor('eva');
    const before = await publicFacts(certificateId);
    expect(before).toMatchObject({ status: 'valid', validUntil: expect.any(String) });
    const credential = JSON.parse(
      await (await fetch(`${base}/api/v1/public/certificates/${certificateId}/credential`)).text(),
    ) as { validUntil?: string };
    expect(credential.validUntil).toBe(before.validUntil);

    // When: the clock passes its end
    const now = Date.parse(
      (await given.ok(app.request('GET', '/api/v1/test-clock', { token: given.operator }))).body
        .now,
    );
    const after = Date.parse(String(before.validUntil)) + DAY;
    expect(after).toBeGreaterThan(now);
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: new Date(after).toISOString() },
      }),
    );

    // Then: the public answers say expired
    expect(await publicFacts(certificateId)).toMatchObject({ status: 'expired' });
    const page = await (await fetch(`${base}/verify/${certificateId}?lang=en`)).text();
    expect(page).toContain('Expired');
  }, 60_000);
});
