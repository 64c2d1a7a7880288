import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp, token, WRITE_SIDE_ONLY } from '../support/test-app';

describe('Command endpoints over HTTP (embedded store)', () => {
  let app: TestApp;
  let given: Scenario;

  beforeAll(async () => {
    app = await TestApp.start(WRITE_SIDE_ONLY);
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  async function lastEvent() {
    return (await app.log()).at(-1)!;
  }

  function expectPositioned(answer: Answer): void {
    expect(answer.body.position).toMatch(/^\d+$/);
    expect(answer.headers['x-log-position']).toBe(answer.body.position);
  }

  it('[R-event-metadata-audit] [R-feature-per-tenant] turns the feature on for a tenant, logged in that tenant with full metadata', async () => {
    const answer = await app.request('PUT', '/api/v1/tenants/acme/features/certificates', {
      token: given.operator,
      body: { enabled: true },
      headers: { 'x-correlation-id': 'corr-1' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ tenantId: 'acme', enabled: true });
    expectPositioned(answer);
    const event = await lastEvent();
    expect(event).toMatchObject({
      stream: 'certificatesFeature-acme',
      type: 'CertificatesFeatureEnabled',
      position: BigInt(answer.body.position),
      metadata: {
        tenant: 'acme',
        actor: { id: 'operator-1', roles: ['operator'] },
        command: 'SetCertificatesFeature',
        correlationId: 'corr-1',
        eventVersion: 1,
      },
    });
    expect(event.metadata.causationId).toEqual(expect.any(String));
    expect(Date.parse(event.metadata.occurredAt)).not.toBeNaN();
  });

  it('answers 200 with the stream position when setting the feature to what it is', async () => {
    const before = await app.head();
    const answer = await given.enableFeature();
    expect(answer.status).toBe(200);
    expect(await app.head()).toBe(before);
    expect(BigInt(answer.body.position)).toBeLessThanOrEqual(before);
  });

  it('[R-template-kinds] [R-template-versions-immutable] creates an author template with version 1, then publishes version 2', async () => {
    const author = await token('acme', 'author');
    const created = await app.request('POST', '/api/v1/certificate-templates', {
      token: author,
      body: { kind: 'author', title: 'Diploma', language: 'es', html: '<p>{{learner.name}}</p>' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ templateId: expect.any(String), version: 1 });
    expectPositioned(created);
    const { templateId } = created.body as { templateId: string };
    const events = (await app.log()).filter((e) => e.stream === `template-acme:${templateId}`);
    expect(events.map((e) => e.type)).toEqual([
      'CertificateTemplateCreated',
      'CertificateTemplateVersionPublished',
    ]);
    expect(events[1]!.data).toMatchObject({
      version: 1,
      publishedBy: 'author-1',
      css: '',
      page: { size: 'A4', orientation: 'landscape' },
    });

    const published = await app.request(
      'POST',
      `/api/v1/certificate-templates/${templateId}/versions`,
      { token: author, body: { html: '<p>v2 {{learner.name}}</p>', note: 'new logo' } },
    );
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ templateId, version: 2 });
    expectPositioned(published);
  });

  it('[R-template-kinds] lets an operator create a classic template for every tenant or for one', async () => {
    const everyone = await app.request('POST', '/api/v1/certificate-templates', {
      token: given.operator,
      body: { kind: 'classic', title: 'Gold', language: 'en', html: '<p>x</p>' },
    });
    expect(everyone.status).toBe(201);
    expect((await lastEvent()).stream).toBe(`template-_platform:${everyone.body.templateId}`);
    const one = await app.request('POST', '/api/v1/certificate-templates', {
      token: given.operator,
      body: { kind: 'classic', title: 'Acme', language: 'en', html: '<p>x</p>', tenantId: 'acme' },
    });
    expect(one.status).toBe(201);
    expect((await lastEvent()).metadata.tenant).toBe('acme');
  });

  it('[R-template-kinds] ships the six classic templates, assignable by every tenant', async () => {
    const streams = new Set((await app.log()).map((e) => e.stream));
    for (const language of ['en', 'es', 'fr', 'de', 'pt', 'it'])
      expect(streams.has(`template-_platform:classic-${language}`)).toBe(true);
  });

  it('[R-training-types] creates a training with a given id or a generated one', async () => {
    const named = await app.request('POST', '/api/v1/trainings', {
      token: given.admin,
      body: { trainingId: 'safety-101', type: 'course', title: 'Safety 101', groupId: 'g1' },
    });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ trainingId: 'safety-101' });
    expectPositioned(named);
    const generated = await app.request('POST', '/api/v1/trainings', {
      token: given.admin,
      body: { type: 'learning-program', title: 'Onboarding' },
    });
    expect(generated.status).toBe(201);
    expect(generated.body.trainingId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to create a training whose id is taken', async () => {
    await given.createTraining('taken');
    const again = await app.request('POST', '/api/v1/trainings', {
      token: given.admin,
      body: { trainingId: 'taken', type: 'course', title: 'Other' },
    });
    expectProblem(again, 409, 'already-exists');
  });

  it('[R-one-assignment-per-training] assigns, re-assigns and removes the certificate of a training', async () => {
    await given.createTraining('assigned');
    const assigned = await app.request('PUT', '/api/v1/trainings/assigned/certificate', {
      token: given.admin,
      body: { templateId: 'classic-fr', version: 1 },
    });
    expect(assigned.status).toBe(200);
    expectPositioned(assigned);
    expect((await lastEvent()).data).toMatchObject({ templateId: 'classic-fr', version: 1 });

    const same = await app.request('PUT', '/api/v1/trainings/assigned/certificate', {
      token: given.admin,
      body: { templateId: 'classic-fr', version: 1 },
    });
    expect(same.status).toBe(200);
    expect(same.body.position).toBe(assigned.body.position);

    const removed = await app.request('DELETE', '/api/v1/trainings/assigned/certificate', {
      token: given.admin,
    });
    expect(removed.status).toBe(200);
    expectPositioned(removed);
    expect((await lastEvent()).type).toBe('CertificateUnassigned');
  });

  it('refuses unknown templates and versions', async () => {
    await given.createTraining('picky');
    const noTemplate = await app.request('PUT', '/api/v1/trainings/picky/certificate', {
      token: given.admin,
      body: { templateId: 'no-such-template', version: 1 },
    });
    expectProblem(noTemplate, 404, 'template-not-found');
    const noVersion = await app.request('PUT', '/api/v1/trainings/picky/certificate', {
      token: given.admin,
      body: { templateId: 'classic-en', version: 99 },
    });
    expectProblem(noVersion, 404, 'version-not-found');
  });

  it('records learner profiles, enrolments, progress and completion', async () => {
    await given.createTraining('flow');
    const integration = await token('acme', 'integration');
    const profile = await app.request('PUT', '/api/v1/learners/ana', {
      token: integration,
      body: { name: 'Ana Müller-Ñúñez', email: 'ana@example.com' },
    });
    expect(profile.status).toBe(200);
    expectPositioned(profile);
    expect((await lastEvent()).stream).toBe('learner-acme:ana');

    const enrolled = await app.request('POST', '/api/v1/trainings/flow/enrollments', {
      token: integration,
      body: { learnerId: 'ana' },
    });
    expect(enrolled.status).toBe(201);
    expectPositioned(enrolled);
    const again = await app.request('POST', '/api/v1/trainings/flow/enrollments', {
      token: integration,
      body: { learnerId: 'ana' },
    });
    expect(again.status).toBe(200);
    expect(again.body.position).toBe(enrolled.body.position);

    const progress = await app.request('POST', '/api/v1/trainings/flow/learners/ana/progress', {
      token: integration,
      body: { percent: 40 },
    });
    expect(progress.status).toBe(200);
    expectPositioned(progress);
    expect((await lastEvent()).data).toMatchObject({ percent: 40 });

    const completed = await app.request('POST', '/api/v1/trainings/flow/learners/ana/completion', {
      token: integration,
      body: { completedAt: '2026-01-05T10:00:00Z', score: 92.5 },
    });
    expect(completed.status).toBe(200);
    expect((await lastEvent()).data).toMatchObject({
      completedAt: '2026-01-05T10:00:00.000Z',
      score: 92.5,
    });
  });

  it('[R-progress-and-completion] treats completing twice as a no-op answering the same position', async () => {
    await given.createTraining('twice');
    const first = await given.complete('twice', 'bo');
    const before = await app.head();
    const second = await given.complete('twice', 'bo');
    expect(second.status).toBe(200);
    expect(second.body.position).toBe(first.body.position);
    expect(await app.head()).toBe(before);
  });

  it('enrols a learner whose progress arrives before any enrolment', async () => {
    await given.createTraining('implicit');
    await given.ok(
      app.request('POST', '/api/v1/trainings/implicit/learners/cy/progress', {
        token: given.admin,
        body: { percent: 10 },
      }),
    );
    const events = (await app.log()).filter((e) => e.stream === 'enrollment-acme:implicit:cy');
    expect(events.map((e) => e.type)).toEqual(['LearnerEnrolled', 'LearningProgressRecorded']);
  });

  it('[R-generation-async] [R-one-certificate-per-learner] generates as the learner (202), again while generating (202, same id)', async () => {
    await given.readyToGenerate('gen', 'dee');
    const first = await given.generate('gen', 'dee');
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ certificateId: expect.any(String), status: 'generating' });
    expectPositioned(first);
    const second = await given.generate('gen', 'dee');
    expect(second.status).toBe(202);
    expect(second.body.certificateId).toBe(first.body.certificateId);
    expect(second.body.position).toBe(first.body.position);
  });

  it('[R-admin-delete-regenerate] lets an admin delete a certificate with a reason, then generate it again', async () => {
    await given.readyToGenerate('admin-gen', 'eve');
    const first = await given.generate('admin-gen', 'eve');
    const deleted = await app.request(
      'DELETE',
      '/api/v1/trainings/admin-gen/learners/eve/certificate',
      { token: given.admin, body: { reason: 'Name was misspelt' } },
    );
    expect(deleted.status).toBe(200);
    expectPositioned(deleted);
    expect((await lastEvent()).data).toMatchObject({
      certificateId: first.body.certificateId,
      reason: 'Name was misspelt',
      deletedBy: 'admin-1',
    });
    const regenerated = await app.request(
      'POST',
      '/api/v1/trainings/admin-gen/learners/eve/certificate',
      { token: given.admin },
    );
    expect(regenerated.status).toBe(202);
    expect(regenerated.body.certificateId).not.toBe(first.body.certificateId);
    expectPositioned(regenerated);
  });

  it('answers 404 when deleting a certificate that does not exist', async () => {
    await given.createTraining('none-yet');
    const answer = await app.request(
      'DELETE',
      '/api/v1/trainings/none-yet/learners/nobody/certificate',
      { token: given.admin },
    );
    expectProblem(answer, 404, 'not-found');
  });

  it('accepts an empty body sent with a JSON content type on endpoints that take none', async () => {
    await given.readyToGenerate('empty-body', 'gus');
    const answer = await app.request('POST', '/api/v1/me/learning-records/empty-body/certificate', {
      token: await given.learner('gus'),
      rawBody: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(202);
  });

  it('[R-generation-async] refuses generation before completion and without an assignment', async () => {
    await given.createTraining('early');
    await given.enrol('early', 'fay');
    expectProblem(await given.generate('early', 'fay'), 409, 'not-completed');
    await given.complete('early', 'fay');
    expectProblem(await given.generate('early', 'fay'), 409, 'no-certificate-assigned');
  });
});
