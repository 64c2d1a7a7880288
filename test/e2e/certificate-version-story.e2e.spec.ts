import { createHash } from 'node:crypto';
import { generationOutcome, pdfText } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The story of the product's help pages, end to end over HTTP, with real Chromium. */
describe('Certificates as real PDFs: the version story', () => {
  let app: TestApp;
  let given: Scenario;
  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  async function open(learnerId: string, after: string) {
    return app.app.inject({
      method: 'GET',
      url: '/api/v1/me/learning-records/story/certificate',
      headers: {
        authorization: `Bearer ${await given.learner(learnerId)}`,
        'x-consistent-with': after,
      },
    });
  }

  it('[R-generation-async] [R-version-at-first-generation] [R-generated-certificate-immutable] [R-admin-delete-regenerate] [R-first-generated-at-kept] fixes the version at first generation, keeps the same bytes, and regenerates with the new one', async () => {
    // Given: a training with version 1 of an author template; A and B complete it
    await given.enableFeature();
    await given.createTraining('story');
    const templateId = await given.createAuthorTemplate('Story');
    await given.publishVersion(
      templateId,
      '<h1>Version ONE for {{learner.name}}</h1><p>{{training.title}}</p>',
    );
    await given.publishVersion(
      templateId,
      '<h1>Version TWO for {{learner.name}}</h1><p>{{training.title}}</p>',
    );
    await given.assign('story', templateId, 2);
    for (const [learnerId, name] of [
      ['ana', 'Ana Núñez'],
      ['bo', 'Bo Ørsted'],
    ] as const) {
      await given.ok(
        app.request('PUT', `/api/v1/learners/${learnerId}`, {
          token: given.admin,
          body: { name, email: `${learnerId}@example.com` },
        }),
      );
      await given.enrol('story', learnerId);
      await given.complete('story', learnerId);
    }

    // When: A generates (version 2 assigned: "ONE"-labelled v2 is our version 1 of the story)
    const first = await given.generate('story', 'ana');
    expect(first.status).toBe(202);
    const outcome = await generationOutcome(app, first.body.certificateId);
    const reason = 'reason' in outcome.data ? outcome.data.reason : undefined;
    expect({ type: outcome.type, reason }).toEqual({
      type: 'CertificateGenerated',
      reason: undefined,
    });
    const opened = await open('ana', String(outcome.position));
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    const aFirstBytes = opened.rawPayload;
    expect(outcome.data).toMatchObject({ sha256: sha256(aFirstBytes), size: aFirstBytes.length });
    expect(pdfText(aFirstBytes)).toContain('Version ONE for Ana Núñez');

    // And: the admin assigns the next version; B, who completed before, generates now
    await given.assign('story', templateId, 3);
    const b = await given.generate('story', 'bo');
    const bOutcome = await generationOutcome(app, b.body.certificateId);
    const bPdf = await open('bo', String(bOutcome.position));
    expect(pdfText(bPdf.rawPayload)).toContain('Version TWO for Bo Ørsted');

    // Then: A opens again and gets the same bytes as before
    const again = await open('ana', String(bOutcome.position));
    expect(Buffer.compare(again.rawPayload, aFirstBytes)).toBe(0);
    const retry = await given.generate('story', 'ana');
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({
      certificateId: first.body.certificateId,
      status: 'generated',
    });

    // When: the admin deletes A's certificate; A generates again
    const deleted = await app.request(
      'DELETE',
      '/api/v1/trainings/story/learners/ana/certificate',
      {
        token: given.admin,
        body: { reason: 'New template' },
      },
    );
    expectProblem(
      await app.request('GET', '/api/v1/me/learning-records/story/certificate', {
        token: await given.learner('ana'),
        headers: { 'x-consistent-with': deleted.body.position },
      }),
      404,
      'not-found',
    );
    const regenerated = await given.generate('story', 'ana');
    expect(regenerated.status).toBe(202);
    const regeneratedOutcome = await generationOutcome(app, regenerated.body.certificateId);
    const newPdf = await open('ana', String(regeneratedOutcome.position));

    // Then: the new certificate has version 3, and A's first generation time is unchanged
    expect(pdfText(newPdf.rawPayload)).toContain('Version TWO for Ana Núñez');
    const records = await app.request('GET', '/api/v1/me/learning-records', {
      token: await given.learner('ana'),
      headers: { 'x-consistent-with': String(regeneratedOutcome.position) },
    });
    const requests = (await app.log())
      .filter((e) => e.type === 'CertificateGenerationRequested')
      .filter((e) => e.stream === 'certificate-acme:story:ana');
    expect(requests.map((e) => e.data.version)).toEqual([2, 3]);
    expect(records.body[0].certificate).toMatchObject({
      status: 'generated',
      version: 3,
      firstGeneratedAt: requests[0]!.data.requestedAt,
    });

    // And: the admin downloads a copy, the same bytes the learner opens
    const copy = await app.app.inject({
      method: 'GET',
      url: '/api/v1/trainings/story/learners/ana/certificate',
      headers: { authorization: `Bearer ${given.admin}` },
    });
    expect(Buffer.compare(copy.rawPayload, newPdf.rawPayload)).toBe(0);
  }, 120_000);
});
