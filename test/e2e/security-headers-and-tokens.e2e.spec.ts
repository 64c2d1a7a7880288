import { SignJWT } from 'jose';
import { expectProblem } from '../support/scenario';
import { type Answer, TEST_SECRET, TestApp, token } from '../support/test-app';

/** A token as an identity provider might mint one, with its `iat` where the test puts it. */
function tokenIssuedAt(iatSeconds: number, tenant = 'acme', roles = ['admin']): Promise<string> {
  return new SignJWT({ sub: 'u1', tenant, roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iatSeconds)
    .setExpirationTime(iatSeconds + 3600)
    .sign(new TextEncoder().encode(TEST_SECRET));
}

const now = () => Math.floor(Date.now() / 1000);

describe('Every answer', () => {
  let app: TestApp;
  let limited: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    limited = await TestApp.start({ RATE_LIMIT_MAX: '1' });
  });
  afterAll(async () => {
    await app.close();
    await limited.close();
  });

  it("carries nosniff and the referrer policy: successes, errors, pages and the docs' files", async () => {
    // Given/When: answers from every part of the service, and from before any route is chosen
    const operator = await token('platform', 'operator');
    const answers: [string, Answer][] = [
      ['health', await app.request('GET', '/health')],
      [
        'a query',
        await app.request('GET', '/api/v1/features/certificates', {
          token: await token('acme', 'admin'),
        }),
      ],
      [
        'a command',
        await app.request('PUT', '/api/v1/tenants/acme/features/certificates', {
          token: operator,
          body: { enabled: true },
        }),
      ],
      ['no token', await app.request('GET', '/api/v1/features/certificates')],
      [
        'a bad body',
        await app.request('POST', '/api/v1/trainings', {
          token: await token('acme', 'admin'),
          rawBody: '{not json',
          headers: { 'content-type': 'application/json' },
        }),
      ],
      ['an unknown path', await app.request('GET', '/no/such/path')],
      ['a public page', await app.request('GET', '/verify/unknown-certificate')],
      ['the docs page', await app.request('GET', '/docs')],
      ['a file of the docs page', await app.request('GET', '/docs/swagger-ui.css')],
      ['the OpenAPI document', await app.request('GET', '/docs/json')],
      ['metrics', await app.request('GET', '/metrics')],
    ];
    await limited.request('GET', '/health');
    answers.push(['too many requests', await limited.request('GET', '/health')]);

    // Then: each has both headers, whatever its status
    expect(answers.map(([name, answer]) => [name, answer.status])).toEqual(
      expect.arrayContaining([
        ['health', 200],
        ['no token', 401],
        ['an unknown path', 404],
        ['a file of the docs page', 200],
        ['too many requests', 429],
      ]),
    );
    for (const [name, answer] of answers)
      expect([
        name,
        answer.headers['x-content-type-options'],
        answer.headers['referrer-policy'],
      ]).toEqual([name, 'nosniff', 'no-referrer']);
  });
});

describe('An answer the router gives before any hook runs', () => {
  // A URL Fastify's router refuses (a path parameter over 1,000 characters: 414) is answered by
  // create-app's frameworkErrors, on a reply no hook sees.
  it('carries nosniff and the referrer policy too (414 for a path parameter too long)', async () => {
    const app = await TestApp.start({ REACTORS: 'off' });
    try {
      const answer = await app.app.inject({
        method: 'GET',
        url: `/api/v1/trainings/${'x'.repeat(1_200)}`,
      });
      expect(answer.statusCode).toBe(414);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body)).toMatchObject({
        type: 'about:blank',
        code: 'validation-failed',
      });
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    } finally {
      await app.close();
    }
  });
});

describe('A bearer token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const features = (bearer: string) =>
    app.request('GET', '/api/v1/features/certificates', { token: bearer });

  it('issued in the future beyond a minute of clock skew is refused with 401', async () => {
    expectProblem(await features(await tokenIssuedAt(now() + 3600)), 401, 'unauthorized');
    expectProblem(await features(await tokenIssuedAt(now() + 120)), 401, 'unauthorized');
  });

  it('issued a few seconds ahead of this clock, within the skew, is accepted', async () => {
    expect((await features(await tokenIssuedAt(now() + 30))).status).toBe(200);
    expect((await features(await tokenIssuedAt(now() - 30))).status).toBe(200);
  });

  it('[R-operator-platform-only] of a tenant that claims the operator role is refused with 403, whatever else it claims', async () => {
    // Given: tokens of tenant acme that claim operator, alone or beside roles acme does have
    const claimsOperator = [
      await token('acme', 'operator'),
      await token('acme', ['admin', 'operator']),
      await token('acme', ['learner', 'operator'], { sub: 'ann' }),
    ];
    for (const bearer of claimsOperator) {
      // When/Then: refused on the tenant's own routes and on the operators' routes alike
      expectProblem(await features(bearer), 403, 'forbidden');
      expectProblem(
        await app.request('PUT', '/api/v1/tenants/acme/features/certificates', {
          token: bearer,
          body: { enabled: true },
        }),
        403,
        'forbidden',
      );
    }
    // The same roles without the claim, and a platform operator, are let through
    expect((await features(await token('acme', 'admin'))).status).toBe(200);
    expect(
      (
        await app.request('PUT', '/api/v1/tenants/acme/features/certificates', {
          token: await token('platform', 'operator'),
          body: { enabled: true },
        })
      ).status,
    ).toBe(200);
  });
});
