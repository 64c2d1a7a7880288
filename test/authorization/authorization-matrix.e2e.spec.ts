import { SignJWT, UnsecuredJWT } from 'jose';
import { ROLES, type Role } from '../../src/auth/actor';
import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TEST_SECRET, TestApp, token } from '../support/test-app';
import { type Endpoint, endpointTable } from './endpoint-table';

const claims = { tenant: 'acme', roles: ['admin'] };
const BAD_TOKENS: Record<string, () => Promise<string | null>> = {
  'no token': () => Promise.resolve(null),
  'an expired token': () =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(TEST_SECRET)),
  'a token signed with another key': () =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(48))),
  'alg none': () =>
    Promise.resolve(new UnsecuredJWT({ ...claims, sub: 'a' }).setExpirationTime('1h').encode()),
};

/** Every endpoint × every role × own tenant / other tenant / no token / bad tokens: each cell's status. */
describe('Authorisation matrix', () => {
  let app: TestApp;
  let table: Endpoint[];
  const DAY = 86_400_000;

  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    const given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('t-g1', 'g1');
    await given.createTraining('t-spare', 'g1');
    await given.assign('t-g1', 'classic-en', 1);
    const learners = ['l1', 'del-admin', 'del-group-admin', 'rev', 'ren'];
    for (const learner of learners) await given.complete('t-g1', learner);
    const certificateIds: string[] = [];
    for (const learner of learners) {
      const { certificateId } = (await given.generate('t-g1', learner)).body;
      certificateIds.push(certificateId);
      await generationOutcome(app, certificateId);
    }
    await given.ok(
      app.request('PUT', '/api/v1/learners/erase-me', {
        token: given.admin,
        body: { name: 'Erin Erasable', email: 'erin@example.com' },
      }),
    );
    const templateId = await given.createAuthorTemplate('Matrix');
    // A day later, so that a daily cut-off has passed and reports have something to show.
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: new Date(Date.now() + DAY).toISOString() },
      }),
    );
    const report = await app.request('POST', '/api/v1/trainings/t-g1/reports/progress', {
      token: given.admin,
    });
    for (
      let status = '';
      status !== 'done';
      await new Promise((resolve) => setTimeout(resolve, 50))
    ) {
      const answer = await app.request('GET', `/api/v1/reports/${report.body.reportId}`, {
        token: given.admin,
        headers: { 'x-consistent-with': String(await app.head()) },
      });
      status = answer.body.status;
    }
    const archive = await app.request('POST', '/api/v1/trainings/t-g1/certificate-archives', {
      token: given.admin,
    });
    for (
      let status = '';
      status !== 'done';
      await new Promise((resolve) => setTimeout(resolve, 50))
    ) {
      const answer = await app.request(
        'GET',
        `/api/v1/certificate-archives/${archive.body.archiveId}`,
        { token: given.admin, headers: { 'x-consistent-with': String(await app.head()) } },
      );
      status = answer.body.status;
    }
    await app.request('PUT', '/api/v1/tenants/globex/features/certificates', {
      token: given.operator,
      body: { enabled: true },
    });
    const webhook = async () => {
      const created = await given.ok(
        app.request('POST', '/api/v1/webhooks', {
          token: given.admin,
          body: { url: 'https://93.184.216.34/hooks', events: ['report.done'] },
        }),
      );
      return created.body.webhookId as string;
    };
    /** The id in the URL a certificate's credential names as its achievement's picture. */
    const achievementImageOf = async (certificateId: string) => {
      const credential = await app.request(
        'GET',
        `/api/v1/public/certificates/${certificateId}/credential`,
        { headers: { 'x-consistent-with': String(await app.head()) } },
      );
      const image = JSON.parse(credential.raw) as {
        credentialSubject: { achievement: { image: { id: string } } };
      };
      return /([0-9a-f]{64})\.png$/.exec(image.credentialSubject.achievement.image.id)![1]!;
    };
    table = endpointTable({
      ...{ reportId: report.body.reportId, templateId, clockAheadMs: DAY },
      archiveId: archive.body.archiveId,
      certificateId: certificateIds[0]!,
      achievementImageId: await achievementImageOf(certificateIds[0]!),
      webhookId: await webhook(),
      doomedWebhookId: await webhook(),
    });
  }, 120_000);
  afterAll(() => app.close());

  const call = async (endpoint: Endpoint, role: Role, bearer: string | null) =>
    app.request(endpoint.method, endpoint.url(role), {
      token: bearer,
      body: endpoint.body?.(role),
      headers: { 'x-consistent-with': String(await app.head()) },
    });

  const tokenFor = (tenant: string, role: Role) =>
    token(role === 'operator' ? 'platform' : tenant, role, { sub: 'l1', groups: ['g1'] });

  it('has a row for every route the service serves, and none for a route it does not', async () => {
    const document = await app.request('GET', '/docs/json');
    const operational = /^\/(health|metrics|docs)\b/;
    const routes = Object.entries(document.body.paths as Record<string, object>)
      .filter(([path]) => !operational.test(path))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => ({
          route: `${method.toUpperCase()} ${path}`,
          matches: (endpoint: Endpoint) =>
            endpoint.method === method.toUpperCase() &&
            new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`).test(
              endpoint.url('admin'),
            ),
        })),
      );
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter(({ matches }) => !table.some(matches)).map((r) => r.route)).toEqual([]);
    expect(
      table
        .filter((endpoint) => !routes.some(({ matches }) => matches(endpoint)))
        .map((e) => e.name),
    ).toEqual([]);
  });

  it('answers each role of the tenant as SPEC §2 and §5 say', async () => {
    const cells: string[] = [];
    for (const endpoint of table)
      for (const role of ROLES) {
        const answer = await call(endpoint, role, await tokenFor('acme', role));
        const expected = endpoint.allowed.includes(role) ? endpoint.ok : [403];
        if (!expected.includes(answer.status))
          cells.push(
            `${endpoint.name} as ${role}: ${answer.status} ${answer.body?.code ?? ''}, expected ${expected.join('/')}`,
          );
      }
    expect(cells).toEqual([]);
  }, 120_000);

  it('[R-operator-platform-only] answers 403 to a token of an ordinary tenant that claims operator, on every operator endpoint', async () => {
    const operatorEndpoints = table.filter(
      (endpoint) => !endpoint.public && endpoint.allowed.includes('operator'),
    );
    expect(operatorEndpoints.length).toBeGreaterThanOrEqual(4);
    const cells: string[] = [];
    for (const tenant of ['acme', 'globex'])
      for (const endpoint of operatorEndpoints) {
        const answer = await call(endpoint, 'operator', await token(tenant, 'operator'));
        if (answer.status !== 403)
          cells.push(`${endpoint.name} as ${tenant} operator: ${answer.status}`);
      }
    expect(cells).toEqual([]);
  });

  it("[R-tenant-isolation] answers another tenant's allowed roles 404 for the fixture's ids, never 403", async () => {
    const cells: string[] = [];
    for (const endpoint of table)
      for (const role of endpoint.allowed.filter((r) => r !== 'operator')) {
        const answer = await call(endpoint, role, await tokenFor('globex', role));
        const expected = endpoint.otherTenant === 'not-found' ? [404] : endpoint.ok;
        if (!expected.includes(answer.status))
          cells.push(
            `${endpoint.name} as globex ${role}: ${answer.status}, expected ${expected.join('/')}`,
          );
      }
    expect(cells).toEqual([]);
  }, 120_000);

  for (const [name, make] of Object.entries(BAD_TOKENS))
    it(`answers 401 to ${name} on every endpoint that is not public`, async () => {
      const bearer = await make();
      const cells: string[] = [];
      for (const endpoint of table) {
        const answer = await call(endpoint, 'admin', bearer);
        // A public endpoint reads no token, so a bad one changes nothing.
        if (endpoint.public ? !endpoint.ok.includes(answer.status) : answer.status !== 401)
          cells.push(`${endpoint.name}: ${answer.status}`);
        else if (!endpoint.public && answer.body.code !== 'unauthorized')
          cells.push(`${endpoint.name}: ${answer.body.code}`);
      }
      expect(cells).toEqual([]);
    });
});
