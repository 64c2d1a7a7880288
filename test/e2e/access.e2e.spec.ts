import { SignJWT, UnsecuredJWT } from 'jose';
import { ROLES } from '../../src/auth/actor';
import { COMMAND_ENDPOINTS } from '../support/command-endpoints';
import { expectProblem, Scenario } from '../support/scenario';
import { TEST_SECRET, TestApp, token, WRITE_SIDE_ONLY } from '../support/test-app';

describe('Access to command endpoints', () => {
  let app: TestApp;
  let given: Scenario;

  beforeAll(async () => {
    app = await TestApp.start(WRITE_SIDE_ONLY);
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('t-g1', 'g1');
    await given.createTraining('t-g2', 'g2');
    await given.assign('t-g1', 'classic-en', 1);
    await given.complete('t-g1', 'l1');
  });
  afterAll(() => app.close());

  /** Reads the log head before the request is sent, so nothing it appends can go unseen. */
  async function expectRefusedWithoutChange(
    send: () => Promise<Awaited<ReturnType<TestApp['request']>>>,
    status: number,
    code: string,
  ) {
    const before = await app.head();
    expectProblem(await send(), status, code);
    expect(await app.head()).toBe(before);
  }

  describe('without a valid token: 401', () => {
    const cases: Record<string, () => Promise<string | null>> = {
      'no token': () => Promise.resolve(null),
      'a malformed token': () => Promise.resolve('not-a-jwt'),
      'an expired token': () =>
        new SignJWT({ tenant: 'acme', roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('admin-1')
          .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
          .sign(new TextEncoder().encode(TEST_SECRET)),
      'a token signed with another key': () =>
        new SignJWT({ tenant: 'acme', roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('admin-1')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('another-secret-another-secret-another-secret')),
      'an unsigned token (alg none)': () =>
        Promise.resolve(
          new UnsecuredJWT({ tenant: 'acme', roles: ['admin'], sub: 'admin-1' })
            .setExpirationTime('1h')
            .encode(),
        ),
      'a token without expiry': () =>
        new SignJWT({ tenant: 'acme', roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('admin-1')
          .sign(new TextEncoder().encode(TEST_SECRET)),
      'a token with an unknown role': () =>
        new SignJWT({ tenant: 'acme', roles: ['superuser'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('admin-1')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(TEST_SECRET)),
    };
    for (const [name, make] of Object.entries(cases))
      it(`refuses ${name} on every command endpoint`, async () => {
        const bearer = await make();
        for (const endpoint of COMMAND_ENDPOINTS)
          await expectRefusedWithoutChange(
            () =>
              app.request(endpoint.method, endpoint.url, { token: bearer, body: endpoint.body }),
            401,
            'unauthorized',
          );
      });
  });

  describe('with a role the endpoint does not allow: 403', () => {
    for (const endpoint of COMMAND_ENDPOINTS) {
      const refused = ROLES.filter((role) => !endpoint.allowed.includes(role));
      it(`${endpoint.name} refuses ${refused.join(', ')}`, async () => {
        for (const role of refused) {
          const bearer = await token('acme', role, { groups: ['g1'] });
          await expectRefusedWithoutChange(
            () =>
              app.request(endpoint.method, endpoint.url, { token: bearer, body: endpoint.body }),
            403,
            'forbidden',
          );
        }
      });
    }
  });

  describe("[R-tenant-isolation] another tenant's ids: 404, never 403", () => {
    const tenantScoped = COMMAND_ENDPOINTS.filter((e) => e.url.includes('t-g1'));
    for (const endpoint of tenantScoped)
      it(`${endpoint.name} from tenant globex answers 404`, async () => {
        const role = endpoint.allowed.find((r) => r !== 'group-admin' && r !== 'trainer')!;
        const other = await token('globex', role, { sub: 'l1' });
        await app.request('PUT', '/api/v1/tenants/globex/features/certificates', {
          token: given.operator,
          body: { enabled: true },
        });
        const send = () =>
          app.request(endpoint.method, endpoint.url, { token: other, body: endpoint.body });
        await expectRefusedWithoutChange(send, 404, 'not-found');
      });

    it("cannot publish a version of another tenant's author template", async () => {
      const templateId = await given.createAuthorTemplate();
      const outsider = await token('globex', 'author');
      await expectRefusedWithoutChange(
        () =>
          app.request('POST', `/api/v1/certificate-templates/${templateId}/versions`, {
            token: outsider,
            body: { html: '<p>hijack</p>' },
          }),
        404,
        'template-not-found',
      );
    });

    it("cannot assign another tenant's author template", async () => {
      const templateId = await given.createAuthorTemplate();
      const globexAdmin = await token('globex', 'admin');
      await given.ok(
        app.request('POST', '/api/v1/trainings', {
          token: globexAdmin,
          body: { trainingId: 'g-t', type: 'course', title: 'Globex course' },
        }),
      );
      await expectRefusedWithoutChange(
        () =>
          app.request('PUT', '/api/v1/trainings/g-t/certificate', {
            token: globexAdmin,
            body: { templateId, version: 1 },
          }),
        404,
        'template-not-found',
      );
    });
  });

  describe('[R-group-scope] group-scoped roles act only on their groups', () => {
    it('lets a group admin assign in their group and refuses another group', async () => {
      const groupAdmin = await token('acme', 'group-admin', { groups: ['g1'] });
      const own = await app.request('PUT', '/api/v1/trainings/t-g1/certificate', {
        token: groupAdmin,
        body: { templateId: 'classic-de', version: 1 },
      });
      expect(own.status).toBe(200);
      await expectRefusedWithoutChange(
        () =>
          app.request('PUT', '/api/v1/trainings/t-g2/certificate', {
            token: groupAdmin,
            body: { templateId: 'classic-de', version: 1 },
          }),
        403,
        'forbidden',
      );
    });

    it('lets a group admin create trainings only in their groups', async () => {
      const groupAdmin = await token('acme', 'group-admin', { groups: ['g1'] });
      const inGroup = await app.request('POST', '/api/v1/trainings', {
        token: groupAdmin,
        body: { type: 'pathway', title: 'Mine', groupId: 'g1' },
      });
      expect(inGroup.status).toBe(201);
      for (const groupId of ['g2', undefined])
        await expectRefusedWithoutChange(
          () =>
            app.request('POST', '/api/v1/trainings', {
              token: groupAdmin,
              body: { type: 'pathway', title: 'Not mine', groupId },
            }),
          403,
          'forbidden',
        );
    });

    it('lets a trainer record progress only in their groups', async () => {
      const trainer = await token('acme', 'trainer', { groups: ['g2'] });
      const own = await app.request('POST', '/api/v1/trainings/t-g2/learners/l9/progress', {
        token: trainer,
        body: { percent: 30 },
      });
      expect(own.status).toBe(200);
      await expectRefusedWithoutChange(
        () =>
          app.request('POST', '/api/v1/trainings/t-g1/learners/l9/progress', {
            token: trainer,
            body: { percent: 30 },
          }),
        403,
        'forbidden',
      );
    });

    it('[R-admin-delete-regenerate] lets a group admin delete and regenerate only in their groups', async () => {
      const url = '/api/v1/trainings/t-g1/learners/l1/certificate';
      await given.ok(given.generate('t-g1', 'l1'));
      const outsider = await token('acme', 'group-admin', { groups: ['g2'] });
      await expectRefusedWithoutChange(
        () => app.request('DELETE', url, { token: outsider, body: { reason: 'not mine' } }),
        403,
        'forbidden',
      );
      await expectRefusedWithoutChange(
        () => app.request('POST', url, { token: outsider }),
        403,
        'forbidden',
      );

      const insider = await token('acme', 'group-admin', { groups: ['g1'] });
      const deleted = await app.request('DELETE', url, {
        token: insider,
        body: { reason: 'typo' },
      });
      expect(deleted.status).toBe(200);
      const regenerated = await app.request('POST', url, { token: insider });
      expect(regenerated.status).toBe(202);
      expect(regenerated.body.status).toBe('generating');
      const types = (await app.log()).slice(-2).map((e) => e.type);
      expect(types).toEqual(['CertificateDeleted', 'CertificateGenerationRequested']);
    });
  });

  describe('the certificates feature', () => {
    it('[R-feature-per-tenant] refuses assignment and generation while off, before anything else', async () => {
      const app2 = await TestApp.start(WRITE_SIDE_ONLY);
      const off = await Scenario.of(app2, 'initech');
      try {
        await off.createTraining('c');
        await off.complete('c', 'l1');
        const before = await app2.head();
        expectProblem(
          await app2.request('PUT', '/api/v1/trainings/c/certificate', {
            token: off.admin,
            body: { templateId: 'classic-en', version: 1 },
          }),
          409,
          'feature-inactive',
        );
        expectProblem(
          await app2.request('PUT', '/api/v1/trainings/missing/certificate', {
            token: off.admin,
            body: { templateId: 'missing', version: 1 },
          }),
          409,
          'feature-inactive',
        );
        expectProblem(await off.generate('c', 'l1'), 409, 'feature-inactive');
        expectProblem(await off.generate('missing', 'l1'), 409, 'feature-inactive');
        expect(await app2.head()).toBe(before);
      } finally {
        await app2.close();
      }
    });
  });
});
