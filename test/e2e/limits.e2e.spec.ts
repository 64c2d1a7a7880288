import { expectProblem } from '../support/scenario';
import { TestApp, token, WRITE_SIDE_ONLY } from '../support/test-app';

describe('Limits', () => {
  describe('request rate', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await TestApp.start({
        ...WRITE_SIDE_ONLY,
        RATE_LIMIT_MAX: '20',
        RATE_LIMIT_WINDOW_MS: '60000',
      });
    });
    afterAll(() => app.close());

    const call = async (address: string) =>
      app.app.inject({
        method: 'GET',
        url: '/api/v1/features/certificates',
        remoteAddress: address,
        headers: { authorization: `Bearer ${await token('acme', 'admin')}` },
      });

    it('answers 429 problem+json with Retry-After to a client that floods, and keeps serving others', async () => {
      const flood = await Promise.all(Array.from({ length: 40 }, () => call('10.0.0.1')));
      const statuses = flood.map((answer) => answer.statusCode);
      expect(statuses.filter((status) => status === 200)).toHaveLength(20);
      expect(statuses.filter((status) => status === 429)).toHaveLength(20);
      const refused = flood.find((answer) => answer.statusCode === 429)!;
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({ status: 429, code: 'rate-limited' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await call('10.0.0.2')).statusCode).toBe(200);
    });

    it('limits the public verification routes the same way, with no token', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++)
        statuses.push(
          (await app.app.inject({ method: 'GET', url: '/verify/x', remoteAddress: '10.0.0.3' }))
            .statusCode,
        );
      expect(statuses).toEqual([...Array<number>(20).fill(404), ...Array<number>(5).fill(429)]);
    });
  });

  describe('sizes', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await TestApp.start(WRITE_SIDE_ONLY);
    });
    afterAll(() => app.close());

    it('refuses a template over its size limit with 400, and a body over the limit with 413, appending nothing', async () => {
      const author = await token('acme', 'author');
      const before = await app.head();
      const template = (html: string) =>
        app.request('POST', '/api/v1/certificate-templates', {
          token: author,
          body: { kind: 'author', title: 'Big', language: 'en', html },
        });
      expectProblem(await template('x'.repeat(500_001)), 400, 'validation-failed');
      expectProblem(await template('x'.repeat(5 * 1024 * 1024)), 413, 'payload-too-large');
      expect(await app.head()).toBe(before);
    });
  });
});
