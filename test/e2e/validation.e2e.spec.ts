import { COMMAND_ENDPOINTS } from '../support/command-endpoints';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, type Call, TestApp, token, WRITE_SIDE_ONLY } from '../support/test-app';

const svgLogo = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** Bad input gets a 400 problem and changes nothing: the log head is read before and after. */
describe('Malformed requests', () => {
  let app: TestApp;
  let given: Scenario;

  beforeAll(async () => {
    app = await TestApp.start(WRITE_SIDE_ONLY);
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('t-g1', 'g1');
    await given.assign('t-g1', 'classic-en', 1);
    await given.complete('t-g1', 'l1');
  });
  afterAll(() => app.close());

  async function tokenFor(endpoint: (typeof COMMAND_ENDPOINTS)[number]) {
    const role = endpoint.allowed[0]!;
    return token(role === 'operator' ? 'platform' : 'acme', role, { sub: 'l1' });
  }

  async function expect400(method: string, url: string, call: Call): Promise<Answer> {
    const before = await app.head();
    const answer = await app.request(method, url, call);
    expectProblem(answer, 400, 'validation-failed');
    expect(answer.body).toMatchObject({
      type: expect.any(String),
      title: 'Bad Request',
      status: 400,
      detail: expect.any(String),
    });
    expect(await app.head()).toBe(before);
    return answer;
  }

  const badBodies: Record<string, unknown[]> = {
    SetCertificatesFeature: [{}, { enabled: 'yes' }, { enabled: true, extra: 1 }, [], 'true'],
    CreateTemplate: [
      {},
      { kind: 'other', title: 'T', language: 'en', html: '<p/>' },
      { kind: 'author', title: '', language: 'en', html: '<p/>' },
      { kind: 'author', title: 'T', language: 'English', html: '<p/>' },
      { kind: 'author', title: 'T', language: 'en', html: '' },
      { kind: 'author', title: 'T', language: 'en', html: '<p/>', page: { size: 'A3' } },
      { kind: 'author', title: 'T', language: 'en', html: 'x'.repeat(500_001) },
      { kind: 'author', title: 'T', language: 'en', html: '<p>{{</p>' },
      { kind: 'author', title: 'T', language: 'en', html: '{{> partial}}' },
      { kind: 'author', title: 'T', language: 'en', html: '{{constructor.constructor "x"}}' },
    ],
    PublishTemplateVersion: [
      {},
      { html: 42 },
      { html: '<p/>', page: { orientation: 'sideways' } },
      { html: '{{#each}}' },
    ],
    CreateTraining: [
      {},
      { type: 'webinar', title: 'T' },
      { type: 'course', title: '   ' },
      { type: 'course', title: 'T', trainingId: 'has space' },
      { type: 'course', title: 'T', trainingId: 'a:b' },
      { type: 'course', title: 'T', trainingId: '_platform' },
      { type: 'course', title: 'x'.repeat(201) },
    ],
    AssignCertificate: [
      {},
      { templateId: 'classic-en' },
      { templateId: 'classic-en', version: 0 },
      { templateId: 'classic-en', version: 1.5 },
      { templateId: 'classic-en', version: '1' },
      { templateId: '', version: 1 },
    ],
    RecordLearnerProfile: [
      {},
      { name: 'L', email: 'not-an-email' },
      // zod alone took it, the event schema did not: it used to be a 500
      { name: 'L', email: 'a@acme-.example' },
      { name: '', email: 'a@b.co' },
      { name: 'L', email: 'a@b.co', role: 'admin' },
    ],
    EnrollLearner: [{}, { learnerId: '' }, { learnerId: 'x'.repeat(129) }, { learnerId: 7 }],
    RecordProgress: [{}, { percent: -1 }, { percent: 101 }, { percent: 33.3 }, { percent: '50' }],
    CompleteTraining: [
      { completedAt: 'yesterday' },
      { completedAt: '2026-13-01T00:00:00Z' },
      { score: 101 },
      { score: 'A+' },
      { extra: true },
      { completedAt: '2999-01-01T00:00:00Z' },
    ],
    DeleteCertificate: [{ reason: 42 }, { reason: 'x'.repeat(1001) }, { other: 'field' }],
    RecordIssuerProfile: [
      {},
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'A', url: 'ftp://acme.example' },
      { name: 'A', url: 'javascript:alert(1)' },
      { name: 'A', url: 'HTTPS://acme.example' },
      { name: 'A', email: 'not-an-email' },
      { name: 'A', email: 'a@acme-.example' },
      { name: 'A', logo: 'https://acme.example/logo.png' },
      { name: 'A', logo: svgLogo('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') },
      { name: 'A', logo: svgLogo('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>') },
      {
        name: 'A',
        logo: `data:image/png;base64,${Buffer.alloc(256 * 1024 + 1).toString('base64')}`,
      },
      { name: 'A', tenantId: 'globex' },
    ],
    RevokeCertificate: [
      {},
      { reason: '' },
      { reason: '   ' },
      { reason: 'x'.repeat(501) },
      { reason: 42 },
    ],
  };

  for (const endpoint of COMMAND_ENDPOINTS) {
    const bodies = badBodies[endpoint.name] ?? [];
    if (bodies.length > 0)
      it(`${endpoint.name}: refuses ${bodies.length} malformed bodies`, async () => {
        const bearer = await tokenFor(endpoint);
        for (const body of bodies)
          await expect400(endpoint.method, endpoint.url, { token: bearer, body });
      });

    if (endpoint.body !== undefined)
      it(`${endpoint.name}: refuses a body that is not JSON`, async () => {
        const bearer = await tokenFor(endpoint);
        await expect400(endpoint.method, endpoint.url, {
          token: bearer,
          rawBody: '{"broken": ',
          headers: { 'content-type': 'application/json' },
        });
      });

    it(`${endpoint.name}: refuses malformed Idempotency-Key, If-Match and X-Correlation-Id`, async () => {
      const bearer = await tokenFor(endpoint);
      const call = { token: bearer, body: endpoint.body };
      const malformed: Record<string, string>[] = [
        { 'idempotency-key': 'k'.repeat(201) },
        { 'if-match': 'W/"3"' },
        { 'if-match': 'three' },
        { 'x-correlation-id': 'c'.repeat(201) },
      ];
      for (const headers of malformed)
        await expect400(endpoint.method, endpoint.url, { ...call, headers });
    });
  }

  it('refuses malformed ids in paths', async () => {
    const bearer = await token('acme', 'admin');
    for (const id of [
      '%20spaced',
      'a%3Ab',
      '_platform',
      'x'.repeat(129),
      '.x',
      '-leading',
      '%C3%A9t%C3%A9',
    ])
      await expect400('PUT', `/api/v1/trainings/${id}/certificate`, {
        token: bearer,
        body: { templateId: 'classic-en', version: 1 },
      });
    await expect400('PUT', '/api/v1/tenants/a%3Ab/features/certificates', {
      token: given.operator,
      body: { enabled: true },
    });
  });

  it('refuses an operator naming a tenant on an author template', async () => {
    await expect400('POST', '/api/v1/certificate-templates', {
      token: await token('platform', ['author', 'operator']),
      body: { kind: 'author', title: 'T', language: 'en', html: '<p/>', tenantId: 'acme' },
    });
  });

  it('answers 413 for a body over the size limit, changing nothing', async () => {
    const before = await app.head();
    const answer = await app.request('POST', '/api/v1/certificate-templates', {
      token: await token('acme', 'author'),
      body: { kind: 'author', title: 'T', language: 'en', html: 'x'.repeat(3 * 1024 * 1024) },
    });
    expectProblem(answer, 413, 'payload-too-large');
    expect(await app.head()).toBe(before);
  });
});
