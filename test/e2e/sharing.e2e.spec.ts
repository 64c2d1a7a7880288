import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { type Answer, TestApp } from '../support/test-app';

/** Getting a certificate out: the LinkedIn link on the learner's record and the public JSON. */
describe('Sharing a certificate', () => {
  let app: TestApp;
  let given: Scenario;
  let certificateId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
    await given.ok(
      app.request('PUT', '/api/v1/tenants/acme/profile', {
        token: given.admin,
        body: { name: 'ACME Safety & Health Academy' },
      }),
    );
    await given.enableFeature();
    await given.createTraining('safety');
    await given.ok(
      app.request('PUT', '/api/v1/trainings/safety/certificate', {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 24 },
      }),
    );
    await given.enrol('safety', 'ann');
    await given.complete('safety', 'ann');
    const requested = await given.ok(given.generate('safety', 'ann'));
    certificateId = requested.body.certificateId as string;
    expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
  }, 120_000);
  afterAll(() => app.close());

  /** A query that sees everything appended so far. */
  const read = async (url: string, bearer = ''): Promise<Answer> =>
    app.request('GET', url, {
      token: bearer,
      headers: { 'x-consistent-with': String(await app.head()) },
    });

  it("[R-linkedin-link] the learner's record and the public JSON link to LinkedIn's Add to Profile form, pre-filled", async () => {
    const facts = (await read(`/api/v1/public/certificates/${certificateId}`)).body;
    const records = (await read('/api/v1/me/learning-records', await given.learner('ann')))
      .body as { trainingId: string; certificate: { linkedInUrl?: string } }[];
    const record = records.find((r) => r.trainingId === 'safety')!;
    const issued = new Date(facts.issuedAt);
    const expires = new Date(facts.validUntil);

    const url = new URL(record.certificate.linkedInUrl!);
    expect(`${url.origin}${url.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Training safety',
      organizationName: 'ACME Safety & Health Academy',
      issueYear: String(issued.getUTCFullYear()),
      issueMonth: String(issued.getUTCMonth() + 1),
      expirationYear: String(expires.getUTCFullYear()),
      expirationMonth: String(expires.getUTCMonth() + 1),
      certUrl: facts.verificationUrl,
      certId: facts.number,
    });
    expect(facts.number).toMatch(/^ACME-\d{4}-\d{6,}$/);
    expect(facts.linkedInUrl).toBe(record.certificate.linkedInUrl);
  });

  it('[R-linkedin-link] has no LinkedIn link on a record whose certificate is not generated', async () => {
    await given.enrol('safety', 'bob');
    const records = (await read('/api/v1/me/learning-records', await given.learner('bob')))
      .body as { trainingId: string; certificate: Record<string, unknown> }[];

    expect(records.find((r) => r.trainingId === 'safety')!.certificate).not.toHaveProperty(
      'linkedInUrl',
    );
  });
});
