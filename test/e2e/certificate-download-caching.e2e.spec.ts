import { createHash } from 'node:crypto';
import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('Downloading a certificate PDF, and caches', () => {
  let app: TestApp;
  let given: Scenario;
  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  /** The learner's and the admin's download URLs of one certificate, as each would ask. */
  async function download(url: string, bearer: string, headers: Record<string, string> = {}) {
    const answer = await app.app.inject({
      method: 'GET',
      url,
      headers: {
        authorization: `Bearer ${bearer}`,
        'x-consistent-with': String(await app.head()),
        ...headers,
      },
    });
    return { ...answer, bytes: answer.rawPayload };
  }

  async function generated(trainingId: string, learnerId: string) {
    const requested = await given.generate(trainingId, learnerId);
    const outcome = await generationOutcome(app, requested.body.certificateId);
    expect(outcome.type).toBe('CertificateGenerated');
  }

  it('is validated by the content: the ETag is the SHA-256, never cached as immutable, and a regenerated one is new', async () => {
    // Given: a generated certificate, downloaded by its learner and by an admin
    await given.readyToGenerate('cached', 'ann');
    await generated('cached', 'ann');
    const urls = [
      ['/api/v1/me/learning-records/cached/certificate', await given.learner('ann')],
      ['/api/v1/trainings/cached/learners/ann/certificate', given.admin],
    ] as const;
    const first = await Promise.all(urls.map(([url, bearer]) => download(url, bearer)));
    for (const answer of first) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers.etag).toBe(`"${sha256(answer.bytes)}"`);
      expect(answer.headers['cache-control']).toBe('private, no-cache');
    }

    // When: each asks again with the ETag it holds
    const again = await Promise.all(
      urls.map(([url, bearer], i) =>
        download(url, bearer, { 'if-none-match': String(first[i]!.headers.etag) }),
      ),
    );

    // Then: 304, nothing sent, the same ETag
    for (const answer of again) {
      expect(answer.statusCode).toBe(304);
      expect(answer.bytes).toHaveLength(0);
      expect(answer.headers.etag).toBe(first[0]!.headers.etag);
    }

    // When: an admin deletes it, and the learner generates it again
    await given.ok(
      app.request('DELETE', '/api/v1/trainings/cached/learners/ann/certificate', {
        token: given.admin,
        body: { reason: 'Misspelt name' },
      }),
    );
    await generated('cached', 'ann');

    // Then: the same URLs, with the old ETag, send the new certificate and its own ETag
    const renewed = await Promise.all(
      urls.map(([url, bearer], i) =>
        download(url, bearer, { 'if-none-match': String(first[i]!.headers.etag) }),
      ),
    );
    for (const answer of renewed) {
      expect(answer.statusCode).toBe(200);
      expect(answer.bytes.equals(first[0]!.bytes)).toBe(false);
      expect(answer.headers.etag).toBe(`"${sha256(answer.bytes)}"`);
    }
  }, 120_000);

  it('reads If-None-Match as HTTP does: a list, weak tags, and *', async () => {
    await given.readyToGenerate('tags', 'bo');
    await generated('tags', 'bo');
    const url = '/api/v1/trainings/tags/learners/bo/certificate';
    const { headers } = await download(url, given.admin);
    const etag = String(headers.etag);
    for (const [header, status] of [
      [`"other", ${etag}`, 304],
      [`W/${etag}`, 304],
      ['*', 304],
      ['"other"', 200],
      [etag.slice(1, -1), 200],
    ] as const)
      expect([
        header,
        (await download(url, given.admin, { 'if-none-match': header })).statusCode,
      ]).toEqual([header, status]);
  }, 120_000);
});
