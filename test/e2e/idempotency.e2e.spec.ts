import { expectProblem, Scenario } from '../support/scenario';
import { TestApp, token, WRITE_SIDE_ONLY } from '../support/test-app';

describe('Idempotency-Key and If-Match', () => {
  let app: TestApp;
  let given: Scenario;

  beforeAll(async () => {
    app = await TestApp.start(WRITE_SIDE_ONLY);
    given = await Scenario.of(app);
    await given.enableFeature();
  });
  afterAll(() => app.close());

  it('answers a retried PublishTemplateVersion like the first time and appends nothing', async () => {
    const templateId = await given.createAuthorTemplate();
    const author = await token('acme', 'author');
    const call = {
      token: author,
      body: { html: '<p>v2</p>' },
      headers: { 'idempotency-key': 'publish-42' },
    };
    const url = `/api/v1/certificate-templates/${templateId}/versions`;
    const first = await app.request('POST', url, call);
    const head = await app.head();
    const retry = await app.request('POST', url, call);
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.body.version).toBe(2);
    expect(await app.head()).toBe(head);
    const third = await app.request('POST', url, { ...call, headers: {} });
    expect(third.body.version).toBe(3);
  });

  it('creates one template and one training for a retried create', async () => {
    const author = await token('acme', 'author');
    const body = { kind: 'author', title: 'Once', language: 'en', html: '<p/>' };
    const headers = { 'idempotency-key': 'create-once' };
    const [a, b] = await Promise.all([
      app.request('POST', '/api/v1/certificate-templates', { token: author, body, headers }),
      app.request('POST', '/api/v1/certificate-templates', { token: author, body, headers }),
    ]);
    expect(b.body).toEqual(a.body);
    const created = (await app.log()).filter((e) => e.type === 'CertificateTemplateCreated');
    expect(created.filter((e) => e.data.title === 'Once')).toHaveLength(1);

    const trainingBody = { type: 'course', title: 'Retried' };
    const t1 = await app.request('POST', '/api/v1/trainings', {
      token: given.admin,
      body: trainingBody,
      headers: { 'idempotency-key': 'training-1' },
    });
    const t2 = await app.request('POST', '/api/v1/trainings', {
      token: given.admin,
      body: trainingBody,
      headers: { 'idempotency-key': 'training-1' },
    });
    expect(t2.status).toBe(201);
    expect(t2.body).toEqual(t1.body);
  });

  it('refuses one key reused for a different request (422), appending nothing', async () => {
    await given.createTraining('keyed');
    const headers = { 'idempotency-key': 'progress-1' };
    const url = '/api/v1/trainings/keyed/learners/l1/progress';
    await given.ok(
      app.request('POST', url, { token: given.admin, body: { percent: 10 }, headers }),
    );
    const head = await app.head();
    const reused = await app.request('POST', url, {
      token: given.admin,
      body: { percent: 90 },
      headers,
    });
    expectProblem(reused, 422, 'idempotency-key-reused');
    expect(await app.head()).toBe(head);
  });

  it('keeps keys apart per caller: the same key from another user is another command', async () => {
    await given.createTraining('shared-key');
    const url = '/api/v1/trainings/shared-key/enrollments';
    const headers = { 'idempotency-key': 'same' };
    const one = await app.request('POST', url, {
      token: given.admin,
      body: { learnerId: 'x1' },
      headers,
    });
    const other = await app.request('POST', url, {
      token: await token('acme', 'integration'),
      body: { learnerId: 'x2' },
      headers,
    });
    expect(one.status).toBe(201);
    expect(other.status).toBe(201);
    expect(other.body.position).not.toBe(one.body.position);
  });

  it('applies If-Match on the stream revision: 412 when stale, never retried', async () => {
    await given.createTraining('guarded');
    const stale = await app.request('PUT', '/api/v1/trainings/guarded/certificate', {
      token: given.admin,
      body: { templateId: 'classic-en', version: 1 },
      headers: { 'if-match': '"5"' },
    });
    expectProblem(stale, 412, 'concurrency-conflict');
    const current = await app.request('PUT', '/api/v1/trainings/guarded/certificate', {
      token: given.admin,
      body: { templateId: 'classic-en', version: 1 },
      headers: { 'if-match': '"0"' },
    });
    expect(current.status).toBe(200);
  });
});
