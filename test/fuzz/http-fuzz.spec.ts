import * as fc from 'fast-check';
import type { TokenClaims } from '../../src/auth/sign-token';
import { signToken } from '../../src/auth/sign-token';
import { Scenario } from '../support/scenario';
import { type Answer, type Call, TEST_SECRET, TestApp } from '../support/test-app';
import {
  type Caller,
  caller,
  COMMANDS,
  contentType,
  type FuzzEndpoint,
  headers,
  pathSegment,
  payload,
  QUERIES,
  REPORT,
  WEBHOOK,
  ARCHIVE,
} from './fuzz-arbitraries';

const OAUTH_ENDPOINT = /^\/tenants\/[^/]+\/openid4vci\/(token|nonce|credential)(\?|$)/;

/**
 * Property-based fuzzing of every endpoint over the whole HTTP stack. Whatever arrives: no 5xx,
 * every error is problem+json with a `code`, and a refused request leaves the log as it was.
 */
describe('HTTP fuzzing', () => {
  let app: TestApp;
  let reportId: string;
  let webhookId: string;
  let archiveId: string;
  let requests = 0;

  // Runs per property, fixed by the seed: enough to reach every arbitrary's edge cases on each
  // endpoint (the suite's 10-minute budget took the rest; `FUZZ_RUNS_FACTOR=4` runs more).
  const factor = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS_FACTOR)) || 1);
  const RUNS = {
    body: 150 * factor,
    request: 120 * factor,
    methods: 200 * factor,
    templates: 30 * factor,
  };
  const options = (numRuns: number) => ({ seed: 42, numRuns, endOnFailure: true });

  beforeAll(async () => {
    // No rate limit: the fuzzing sends thousands of requests a minute from one address.
    app = await TestApp.start({ REACTORS: 'off', RATE_LIMIT_MAX: '0' });
    const given = await Scenario.of(app);
    await given.enableFeature();
    for (const training of ['t1', 't2']) {
      await given.createTraining(training, 'g1');
      await given.assign(training, 'classic-en', 1);
    }
    await given.ok(
      app.request('PUT', '/api/v1/learners/l1', {
        token: given.admin,
        body: { name: 'L One', email: 'l1@example.com' },
      }),
    );
    await given.ok(
      app.request('PUT', '/api/v1/learners/l4', {
        token: given.admin,
        body: { name: 'L Four', email: 'l4@example.com' },
      }),
    );
    await given.enrol('t1', 'l1');
    await given.enrol('t1', 'l2');
    await given.complete('t1', 'l1');
    await given.complete('t1', 'l3');
    await given.ok(given.generate('t1', 'l1'));
    await given.ok(
      app.request('POST', '/api/v1/trainings/t1/learners/l3/certificate', { token: given.admin }),
    );
    const report = await given.ok(
      app.request('POST', '/api/v1/trainings/t1/reports/progress', { token: given.admin }),
    );
    reportId = report.body.reportId as string;
    const webhook = await given.ok(
      app.request('POST', '/api/v1/webhooks', {
        token: given.admin,
        body: { url: 'https://93.184.216.34/hooks' },
      }),
    );
    webhookId = webhook.body.webhookId as string;
    const archive = await given.ok(
      app.request('POST', '/api/v1/trainings/t1/certificate-archives', { token: given.admin }),
    );
    archiveId = archive.body.archiveId as string;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    // eslint-disable-next-line no-console -- how much the fuzzing covered
    console.info(`HTTP fuzzing sent ${requests} requests`);
  });

  async function authorization(who: Caller): Promise<string | undefined> {
    if (who === null) return undefined;
    if ('raw' in who) return who.raw;
    const expired = 'expired' in who;
    const claims = (expired ? { sub: 'l1', tenant: 'acme', roles: ['admin'] } : who) as TokenClaims;
    return `Bearer ${await signToken(TEST_SECRET, claims, { ttlSeconds: expired ? -60 : 600 })}`;
  }

  function url(endpoint: FuzzEndpoint, fuzzed: Record<string, string>, query: string): string {
    const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const valid = endpoint.params[name] ?? '';
      const fixtures: Record<string, string> = {
        [REPORT]: reportId,
        [WEBHOOK]: webhookId,
        [ARCHIVE]: archiveId,
      };
      return fuzzed[name] ?? fixtures[valid] ?? valid;
    });
    return query === '' ? path : `${path}?${query}`;
  }

  /** Sends one request and checks the three properties; throws with the request on a breach. */
  async function send(method: string, target: string, who: Caller, call: Call): Promise<Answer> {
    const auth = await authorization(who);
    const all = { ...call.headers, ...(auth !== undefined && { authorization: auth }) };
    const before = await app.head();
    requests += 1;
    const answer = await app.request(method, target, { ...call, headers: all });
    const after = await app.head();
    const breach = (what: string) =>
      new Error(
        `${what}: ${method} ${target.slice(0, 300)} → ${answer.status} ${answer.raw.slice(0, 300)}\n` +
          `headers ${JSON.stringify(all).slice(0, 600)}\nbody ${JSON.stringify(call).slice(0, 600)}`,
      );
    if (answer.status >= 500) throw breach('5xx');
    if (answer.status >= 400) {
      if (after !== before) throw breach(`refused, yet the log moved ${before} → ${after}`);
      // The verification page is for people: its 404 is a page, in HTML like the page itself.
      const type = String(answer.headers['content-type']);
      if (answer.status === 404 && /^\/verify\//.test(target) && /^text\/html/.test(type))
        return answer;
      // The wallet's OAuth endpoints answer as OAuth does: JSON with a string `error` (but for
      // the router's answers, 404 for another method, 414 and 429; dot segments resolved).
      const path = new URL(target, 'http://service').pathname;
      const routed = method === 'POST' && answer.status !== 414 && answer.status !== 429;
      if (routed && OAUTH_ENDPOINT.test(path)) {
        if (!/^application\/json/.test(type)) throw breach('OAuth error not as JSON');
        if (typeof answer.body?.error !== 'string') throw breach('OAuth error without `error`');
        return answer;
      }
      if (!/^application\/problem\+json/.test(type)) throw breach('error without problem+json');
      if (typeof answer.body?.code !== 'string') throw breach('problem without a string code');
    }
    return answer;
  }

  const paramsOf = (endpoint: FuzzEndpoint) =>
    fc.record(Object.fromEntries(Object.keys(endpoint.params).map((name) => [name, pathSegment])), {
      requiredKeys: [],
    }) as fc.Arbitrary<Record<string, string>>;

  const queryOf = (endpoint: FuzzEndpoint) => {
    const valid = Object.entries(endpoint.query);
    const key = fc.oneof(
      fc.constantFrom('kind', 'trainingId', 'after', 'limit', 'asOf', 'lang'),
      pathSegment,
    );
    const pair = fc.tuple(key, pathSegment).map(([k, v]) => `${k}=${v}`);
    return fc.oneof(
      fc.constant(valid.map(([k, v]) => `${k}=${v}`).join('&')),
      fc
        .tuple(fc.subarray(valid), fc.array(pair, { maxLength: 4 }))
        .map(([kept, extra]) => [...kept.map(([k, v]) => `${k}=${v}`), ...extra].join('&')),
      fc.constantFrom('%zz', 'a[b]=c', 'a[__proto__][x]=1', 'kind=classic&kind=author', '&&=&'),
      fc.constantFrom('limit=0', 'limit=1001', 'limit=-1', 'limit=1.5', 'after=x', 'after=-1'),
      fc.constantFrom('asOf=2025-02-30', 'asOf=9999-12-31', 'asOf=0000-01-01', 'stream=%00'),
    );
  };

  describe('commands: mutated and arbitrary bodies, content types', () => {
    for (const endpoint of COMMANDS)
      it(`${endpoint.method} ${endpoint.path}`, async () => {
        await fc.assert(
          fc.asyncProperty(
            caller(endpoint),
            payload(endpoint.body),
            contentType,
            fc.option(headers, { freq: 3 }),
            async (who, body, type, extra) => {
              const all: Record<string, string> = { ...extra };
              if (type !== null) all['content-type'] = type;
              if ('rawBody' in body && type === null) all['content-type'] = 'application/json';
              await send(endpoint.method, url(endpoint, {}, ''), who, { ...body, headers: all });
            },
          ),
          options(RUNS.body),
        );
      });
  });

  describe('every endpoint: path parameters, query strings and headers', () => {
    for (const endpoint of [...COMMANDS, ...QUERIES])
      it(`${endpoint.method} ${endpoint.path}`, async () => {
        await fc.assert(
          fc.asyncProperty(
            caller(endpoint),
            paramsOf(endpoint),
            queryOf(endpoint),
            fc.option(headers, { freq: 2 }),
            async (who, params, query, extra) => {
              const call = { headers: extra ?? {}, ...(endpoint.body && { body: endpoint.body }) };
              await send(endpoint.method, url(endpoint, params, query), who, call);
            },
          ),
          options(RUNS.request),
        );
      });
  });

  it('any method on any route, with any path', async () => {
    const endpoints = [...COMMANDS, ...QUERIES];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
        fc.array(pathSegment, { minLength: 0, maxLength: 3 }),
        async (endpoint, method, tail) => {
          const who = { sub: 'l1', tenant: 'acme', roles: ['admin'], groups: ['g1'] };
          const target = [url(endpoint, {}, ''), ...tail].join('/');
          await send(method, target, who, { body: endpoint.body ?? {} });
        },
      ),
      options(RUNS.methods),
    );
  });

  // Found by this suite: HTML that was not valid Handlebars used to be published, then its
  // preview answered 500. Publishing now refuses it.
  it('a template that was published can be previewed without a 5xx', async () => {
    const piece = fc.constantFrom(
      ...['{{', '}}', '{{{', '}}}', '#each ', '/each', '#if ', '/if', '>', 'else', '"x"'],
      ...['learner.name', 'this', '../', '(', ')', '~', '<p>', 'é', ' '],
    );
    const author = { sub: 'a', tenant: 'acme', roles: ['author'] };
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), async (pieces) => {
        const body = { kind: 'author', title: 'T', language: 'en', html: pieces.join('') };
        const created = await send('POST', '/api/v1/certificate-templates', author, { body });
        if (created.status !== 201) return;
        const id = created.body.templateId as string;
        await send('GET', `/api/v1/certificate-templates/${id}/versions/1/preview`, author, {});
      }),
      options(RUNS.templates),
    );
  });

  describe.each([
    ['a path with bad percent-encoding', 'GET', '/api/v1/trainings/%'],
    ['a path parameter over 1000 characters', 'GET', `/api/v1/trainings/${'x'.repeat(1001)}`],
  ])('found by this suite: %s', (_, method, target) => {
    it('is answered with problem+json', async () => {
      const answer = await app.request(method, target, { headers: {} });
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  it('still answers a conforming request after the fuzzing', async () => {
    const admin = { sub: 'a', tenant: 'acme', roles: ['admin'] };
    expect((await send('GET', '/api/v1/trainings/t1', admin, {})).status).toBe(200);
  });
});
