import type { AddressInfo } from 'node:net';
import { Scenario } from '../support/scenario';
import { TestApp, WRITE_SIDE_ONLY } from '../support/test-app';
import { documentedFetch as fetch } from '../support/documented-fetch';

describe('Certificate generation requests', () => {
  let app: TestApp;
  let given: Scenario;

  beforeAll(async () => {
    app = await TestApp.start(WRITE_SIDE_ONLY);
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  const requested = async (trainingId: string, learnerId: string) =>
    (await app.log())
      .filter((e) => e.type === 'CertificateGenerationRequested')
      .filter((e) => e.stream === `certificate-acme:${trainingId}:${learnerId}`);

  it('[R-one-certificate-per-learner] turns 50 concurrent requests over real HTTP into one certificate and one request', async () => {
    await given.readyToGenerate('busy', 'ann');
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.app.getHttpServer().address() as AddressInfo;
    const bearer = await given.learner('ann');
    const answers = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const response = await fetch(
          `http://127.0.0.1:${port}/api/v1/me/learning-records/busy/certificate`,
          { method: 'POST', headers: { authorization: `Bearer ${bearer}` } },
        );
        return {
          status: response.status,
          body: (await response.json()) as { certificateId: string },
        };
      }),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202]));
    expect(new Set(answers.map((a) => a.body.certificateId)).size).toBe(1);
    expect(await requested('busy', 'ann')).toHaveLength(1);
  });

  it('[R-version-at-first-generation] [R-one-assignment-per-training] [R-first-generated-at-kept] fixes the version at the first request, not at completion', async () => {
    // Given: two learners complete while version 1 is assigned
    await given.enableFeature();
    await given.createTraining('story');
    const templateId = await given.createAuthorTemplate('Story diploma');
    await given.assign('story', templateId, 1);
    for (const learner of ['a', 'b']) {
      await given.enrol('story', learner);
      await given.complete('story', learner);
    }
    // When: A generates, then the admin assigns version 2, then B generates
    const first = await given.generate('story', 'a');
    await given.publishVersion(templateId);
    await given.assign('story', templateId, 2);
    await given.generate('story', 'b');
    // Then: A's request used version 1, B's version 2
    const [a] = await requested('story', 'a');
    const [b] = await requested('story', 'b');
    expect(a!.data).toMatchObject({
      templateId,
      version: 1,
      certificateId: first.body.certificateId,
    });
    expect(b!.data).toMatchObject({ templateId, version: 2 });

    // When: the admin deletes A's certificate and A generates again
    await given.ok(
      app.request('DELETE', '/api/v1/trainings/story/learners/a/certificate', {
        token: given.admin,
        body: { reason: 'template changed' },
      }),
    );
    const again = await given.generate('story', 'a');
    // Then: a new certificate with the version assigned now, the first generation time kept
    expect(again.status).toBe(202);
    const [, second] = await requested('story', 'a');
    expect(second!.data).toMatchObject({
      version: 2,
      certificateId: again.body.certificateId,
      firstGeneratedAt: a!.data.firstGeneratedAt,
    });
    expect(second!.data.requestedAt).not.toBe(a!.data.requestedAt);
    const history = (await app.log()).filter((e) => e.stream === 'certificate-acme:story:a');
    expect(history.map((e) => e.type)).toEqual([
      'CertificateGenerationRequested',
      'CertificateDeleted',
      'CertificateGenerationRequested',
    ]);
  });
});
