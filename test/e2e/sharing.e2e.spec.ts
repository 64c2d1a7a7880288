import { PNG } from 'pngjs';
import { generationOutcome } from '../support/certificates';
import { internationalTextChunks } from '../support/png-text-chunks';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp } from '../support/test-app';

/** Getting a certificate out: the LinkedIn link, and the baked Open Badges image. */
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
    await given.ok(
      app.request('PUT', '/api/v1/learners/ann', {
        token: given.admin,
        body: { name: 'Ann Smith', email: 'ann@example.org' },
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

  /** The raw bytes and headers of a public download, as a browser or a badge verifier gets them. */
  const download = async (path: string) => {
    const response = await app.app.inject({
      method: 'GET',
      url: `/api/v1/public/certificates/${path}`,
      headers: { 'x-consistent-with': String(await app.head()) },
    });
    return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
  };

  it('[R-baked-badge] serves a PNG badge baked with the credential: one uncompressed openbadgecredential iTXt chunk holding the /credential bytes', async () => {
    const facts = (await read(`/api/v1/public/certificates/${certificateId}`)).body;
    expect(facts.badgeUrl).toBe(
      `${app.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/public/certificates/${certificateId}/badge.png`,
    );
    const credential = await download(`${certificateId}/credential`);
    const badge = await download(`${certificateId}/badge.png`);

    expect(badge.status).toBe(200);
    expect(badge.headers['content-type']).toBe('image/png');
    expect(badge.headers['cache-control']).toBe('public, max-age=300');
    expect(badge.headers['access-control-allow-origin']).toBe('*');
    const chunks = internationalTextChunks(badge.bytes);
    expect(chunks.map(({ keyword, compressionFlag }) => [keyword, compressionFlag])).toEqual([
      ['openbadgecredential', 0],
    ]);
    expect(chunks[0]!.text.equals(credential.bytes)).toBe(true);
    expect(JSON.parse(chunks[0]!.text.toString('utf8'))).toMatchObject({
      id: `urn:uuid:${certificateId}`,
    });
    const image = PNG.sync.read(badge.bytes);
    expect([image.width, image.height]).toEqual([256, 256]);
    expect((await download(`${certificateId}/badge.png`)).bytes.equals(badge.bytes)).toBe(true);
  });

  it('[R-baked-badge] answers 404 not-found for an unknown certificate, and once its learner is erased', async () => {
    expectProblem(
      await app.request('GET', '/api/v1/public/certificates/no-such-certificate/badge.png'),
      404,
      'not-found',
    );
    await given.ok(app.request('DELETE', '/api/v1/learners/ann', { token: given.admin }));
    const erased = await download(`${certificateId}/badge.png`);

    expect(erased.status).toBe(404);
    expect(erased.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await download(`${certificateId}/credential`)).status).toBe(404);
  });
});
