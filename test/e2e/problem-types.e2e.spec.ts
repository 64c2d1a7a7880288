import { expectProblem } from '../support/scenario';
import { type Answer, TestApp, token } from '../support/test-app';

describe('Every problem answer', () => {
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

  it('has the type about:blank (RFC 9457), its status phrase as title, and its code', async () => {
    // Given/When: refusals from the guard, the validation, the domain, the router and the limiter
    const admin = await token('acme', 'admin');
    const problems: [Answer, number, string][] = [
      [await app.request('GET', '/api/v1/features/certificates'), 401, 'unauthorized'],
      [
        await app.request('PUT', '/api/v1/tenants/acme/features/certificates', {
          token: admin,
          body: { enabled: true },
        }),
        403,
        'forbidden',
      ],
      [
        await app.request('POST', '/api/v1/trainings', { token: admin, body: { type: 'x' } }),
        400,
        'validation-failed',
      ],
      [await app.request('GET', '/api/v1/trainings/none', { token: admin }), 404, 'not-found'],
      [await app.request('GET', '/no/such/path'), 404, 'not-found'],
      [
        await app.request('POST', '/api/v1/trainings', {
          token: admin,
          rawBody: '<x/>',
          headers: { 'content-type': 'application/xml' },
        }),
        415,
        'unsupported-media-type',
      ],
    ];
    await limited.request('GET', '/health');
    problems.push([await limited.request('GET', '/health'), 429, 'rate-limited']);

    // Then
    for (const [answer, status, code] of problems) {
      expectProblem(answer, status, code);
      expect(answer.body.type).toBe('about:blank');
    }
    expect(problems.map(([answer]) => answer.body.title)).toEqual([
      'Unauthorized',
      'Forbidden',
      'Bad Request',
      'Not Found',
      'Not Found',
      'Unsupported Media Type',
      'Too Many Requests',
    ]);
  });
});
