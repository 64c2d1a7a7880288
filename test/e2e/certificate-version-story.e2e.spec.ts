import { createHash } from 'node:crypto';
import { generationOutcome, pdfText } from '../support/certificates';
import type { CertificatesClient } from '../../clients/typescript/src/index';
import { Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';
import { typedClient } from '../support/typed-client';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The story of the product's help pages, end to end over HTTP, with real Chromium. */
/**
 * The story of the product's help pages, end to end over HTTP, with real Chromium — told through
 * the generated TypeScript client (clients/typescript), so a change that breaks the published
 * contract breaks this test at compile time or here.
 */
describe('Certificates as real PDFs: the version story', () => {
  let app: TestApp;
  let given: Scenario;
  let admin: CertificatesClient;
  let author: CertificatesClient;
  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
    admin = typedClient(app, given.admin);
    author = typedClient(app, await token(given.tenant, 'author'));
  });
  afterAll(() => app.close());

  const learner = async (learnerId: string) => typedClient(app, await given.learner(learnerId));
  const story = { params: { path: { trainingId: 'story' } } };

  async function generate(learnerId: string) {
    const answer = await (
      await learner(learnerId)
    ).POST('/api/v1/me/learning-records/{trainingId}/certificate', story);
    if (!answer.data) throw new Error(`generation refused: ${JSON.stringify(answer.error)}`);
    return { ...answer.data, httpStatus: answer.response.status };
  }

  async function open(learnerId: string, after: string) {
    const answer = await (
      await learner(learnerId)
    ).GET('/api/v1/me/learning-records/{trainingId}/certificate', {
      ...story,
      headers: { 'X-Consistent-With': after },
      parseAs: 'arrayBuffer',
    });
    return {
      status: answer.response.status,
      answer,
      bytes: Buffer.from(answer.data ?? new ArrayBuffer(0)),
    };
  }

  async function publish(templateId: string, html: string) {
    const { data } = await author.POST('/api/v1/certificate-templates/{templateId}/versions', {
      params: { path: { templateId } },
      body: { html },
    });
    return data!.version;
  }

  it('[R-generation-async] [R-version-at-first-generation] [R-generated-certificate-immutable] [R-admin-delete-regenerate] [R-first-generated-at-kept] fixes the version at first generation, keeps the same bytes, and regenerates with the new one', async () => {
    // Given: a training with version 1 of an author template; A and B complete it
    const operator = typedClient(app, given.operator);
    await operator.PUT('/api/v1/tenants/{tenantId}/features/certificates', {
      params: { path: { tenantId: given.tenant } },
      body: { enabled: true },
    });
    await admin.POST('/api/v1/trainings', {
      body: { trainingId: 'story', type: 'course', title: 'Training story' },
    });
    const created = await author.POST('/api/v1/certificate-templates', {
      body: { kind: 'author', title: 'Story', language: 'en', html: '<h1>{{learner.name}}</h1>' },
    });
    const templateId = created.data!.templateId;
    await publish(templateId, '<h1>Version ONE for {{learner.name}}</h1><p>{{training.title}}</p>');
    expect(
      await publish(
        templateId,
        '<h1>Version TWO for {{learner.name}}</h1><p>{{training.title}}</p>',
      ),
    ).toBe(3);
    const assign = (version: number) =>
      admin.PUT('/api/v1/trainings/{trainingId}/certificate', {
        ...story,
        body: { templateId, version },
      });
    expect((await assign(2)).response.status).toBe(200);
    for (const [learnerId, name] of [
      ['ana', 'Ana Núñez'],
      ['bo', 'Bo Ørsted'],
    ] as const) {
      const profile = await admin.PUT('/api/v1/learners/{learnerId}', {
        params: { path: { learnerId } },
        body: { name, email: `${learnerId}@example.com` },
      });
      expect(profile.error).toBeUndefined();
      await admin.POST('/api/v1/trainings/{trainingId}/enrollments', {
        ...story,
        body: { learnerId },
      });
      await admin.POST('/api/v1/trainings/{trainingId}/learners/{learnerId}/completion', {
        params: { path: { trainingId: 'story', learnerId } },
        body: {},
      });
    }

    // When: A generates (version 2 assigned: "ONE"-labelled v2 is our version 1 of the story)
    const first = await generate('ana');
    expect(first).toMatchObject({ httpStatus: 202, status: 'generating' });
    const outcome = await generationOutcome(app, first.certificateId);
    const reason = 'reason' in outcome.data ? outcome.data.reason : undefined;
    expect({ type: outcome.type, reason }).toEqual({
      type: 'CertificateGenerated',
      reason: undefined,
    });
    const opened = await open('ana', String(outcome.position));
    expect(opened.status).toBe(200);
    expect(opened.answer.response.headers.get('content-type')).toBe('application/pdf');
    const aFirstBytes = opened.bytes;
    expect(outcome.data).toMatchObject({ sha256: sha256(aFirstBytes), size: aFirstBytes.length });
    expect(pdfText(aFirstBytes)).toContain('Version ONE for Ana Núñez');

    // And: the admin assigns the next version; B, who completed before, generates now
    await assign(3);
    const b = await generate('bo');
    const bOutcome = await generationOutcome(app, b.certificateId);
    const bPdf = await open('bo', String(bOutcome.position));
    expect(pdfText(bPdf.bytes)).toContain('Version TWO for Bo Ørsted');

    // Then: A opens again and gets the same bytes as before
    const again = await open('ana', String(bOutcome.position));
    expect(Buffer.compare(again.bytes, aFirstBytes)).toBe(0);
    const retry = await generate('ana');
    expect(retry).toMatchObject({
      httpStatus: 200,
      certificateId: first.certificateId,
      status: 'generated',
    });

    // When: the admin deletes A's certificate; A generates again
    const deleted = await admin.DELETE(
      '/api/v1/trainings/{trainingId}/learners/{learnerId}/certificate',
      {
        params: { path: { trainingId: 'story', learnerId: 'ana' } },
        body: { reason: 'New template' },
      },
    );
    const gone = await open('ana', deleted.data!.position);
    expect({ status: gone.status, code: gone.answer.error?.code }).toEqual({
      status: 404,
      code: 'not-found',
    });
    const regenerated = await generate('ana');
    expect(regenerated.httpStatus).toBe(202);
    const regeneratedOutcome = await generationOutcome(app, regenerated.certificateId);
    const newPdf = await open('ana', String(regeneratedOutcome.position));

    // Then: the new certificate has version 3, and A's first generation time is unchanged
    expect(pdfText(newPdf.bytes)).toContain('Version TWO for Ana Núñez');
    const records = await (
      await learner('ana')
    ).GET('/api/v1/me/learning-records', {
      headers: { 'X-Consistent-With': String(regeneratedOutcome.position) },
    });
    const requests = (await app.log())
      .filter((e) => e.type === 'CertificateGenerationRequested')
      .filter((e) => e.stream === 'certificate-acme:story:ana');
    expect(requests.map((e) => e.data.version)).toEqual([2, 3]);
    expect(records.data?.[0]?.certificate).toMatchObject({
      status: 'generated',
      version: 3,
      firstGeneratedAt: requests[0]!.data.requestedAt,
    });

    // And: the admin downloads a copy, the same bytes the learner opens
    const copy = await admin.GET(
      '/api/v1/trainings/{trainingId}/learners/{learnerId}/certificate',
      {
        params: { path: { trainingId: 'story', learnerId: 'ana' } },
        parseAs: 'arrayBuffer',
      },
    );
    expect(Buffer.compare(Buffer.from(copy.data!), newPdf.bytes)).toBe(0);
  }, 120_000);
});
