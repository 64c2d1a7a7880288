import { PNG } from 'pngjs';
import { badgeImage } from '../../src/credentials/badge-image';
import type { PdfRenderer } from '../../src/rendering/pdf-renderer';
import { RENDERER } from '../../src/rendering/rendering.module';
import { SAMPLE_LOGO } from '../../src/rendering/sample-logo';
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

  type Credential = {
    credentialSubject: { achievement: { image: { id: string; type: string; caption: string } } };
  };

  /** The achievement picture a credential names, fetched from where its URL says. */
  const achievementPicture = async (credential: Credential) => {
    const url = new URL(credential.credentialSubject.achievement.image.id);
    const response = await app.app.inject({ method: 'GET', url: url.pathname });
    return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
  };

  /** A learner's certificate of the safety training, generated; its credential. */
  const certify = async (learnerId: string): Promise<Credential> => {
    await given.enrol('safety', learnerId);
    await given.complete('safety', learnerId);
    const requested = await given.ok(given.generate('safety', learnerId));
    const id = requested.body.certificateId as string;
    expect((await generationOutcome(app, id)).type).toBe('CertificateGenerated');
    return JSON.parse((await download(`${id}/credential`)).bytes.toString('utf8')) as Credential;
  };

  it("[R-baked-badge] names the achievement's picture in the credential: drawn by Chromium from the title and the issuer, 512 × 512, transparent outside the seal, served to anyone and cached for good", async () => {
    const credential = JSON.parse(
      (await download(`${certificateId}/credential`)).bytes.toString('utf8'),
    ) as Credential;
    const { image } = credential.credentialSubject.achievement;
    expect(image).toEqual({
      id: expect.stringMatching(
        /^http:\/\/localhost:3000\/api\/v1\/public\/achievement-images\/[0-9a-f]{64}\.png$/,
      ) as string,
      type: 'Image',
      caption: 'Training safety',
    });

    const picture = await achievementPicture(credential);
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(picture.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(picture.headers['access-control-allow-origin']).toBe('*');
    const png = PNG.sync.read(picture.bytes);
    expect([png.width, png.height]).toEqual([512, 512]);
    const alpha = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
    expect([alpha(0, 0), alpha(511, 0), alpha(0, 511), alpha(511, 511)]).toEqual([0, 0, 0, 0]);
    expect([alpha(256, 256), alpha(256, 8), alpha(8, 256)]).toEqual([255, 255, 255]);
    // Not the generic seal baked before achievements had pictures.
    expect(PNG.sync.read(badgeImage()).width).not.toBe(png.width);
  });

  it('[R-baked-badge] draws each picture once: the next learner of the same achievement gets the same one, and a new logo makes a new one while earlier credentials keep theirs', async () => {
    const renderer = app.app.get<PdfRenderer>(RENDERER);
    const drawn = jest.spyOn(renderer, 'picture');
    const first = await certify('cy');
    const ann = JSON.parse(
      (await download(`${certificateId}/credential`)).bytes.toString('utf8'),
    ) as Credential;
    expect(first.credentialSubject.achievement.image).toEqual(
      ann.credentialSubject.achievement.image,
    );
    expect(drawn).not.toHaveBeenCalled();

    await given.ok(
      app.request('PUT', '/api/v1/tenants/acme/profile', {
        token: given.admin,
        body: { name: 'ACME Safety & Health Academy', logo: SAMPLE_LOGO },
      }),
    );
    const withLogo = await certify('dee');
    expect(drawn).toHaveBeenCalledTimes(1);
    drawn.mockRestore();
    const before = await achievementPicture(ann);
    const after = await achievementPicture(withLogo);
    expect(withLogo.credentialSubject.achievement.image.id).not.toBe(
      ann.credentialSubject.achievement.image.id,
    );
    expect([before.status, after.status]).toEqual([200, 200]);
    expect(PNG.sync.read(after.bytes).data.equals(PNG.sync.read(before.bytes).data)).toBe(false);
  });

  it('[R-baked-badge] answers 404 not-found for a picture that does not exist', async () => {
    for (const imageId of ['0'.repeat(64), 'not-an-id', 'A'.repeat(64)])
      expectProblem(
        await app.request('GET', `/api/v1/public/achievement-images/${imageId}.png`),
        404,
        'not-found',
      );
  });

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
    // The picture is the achievement's, pixel for pixel: baking adds a chunk and nothing else.
    const picture = await achievementPicture(JSON.parse(credential.bytes.toString('utf8')));
    const image = PNG.sync.read(badge.bytes);
    expect([image.width, image.height]).toEqual([512, 512]);
    expect(image.data.equals(PNG.sync.read(picture.bytes).data)).toBe(true);
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
