import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AddressPolicy } from '../../src/core/address-policy';
import type { LookupHost, ResolvedAddress } from '../../src/outbound/checked-addresses';
import { PinnedPoster } from '../../src/outbound/pinned-post';

/** A resolver under the test's control, counting its lookups. */
function resolver(...answers: (readonly string[])[]) {
  const calls: string[] = [];
  const lookupHost: LookupHost = (host) => {
    calls.push(host);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)] ?? [];
    return Promise.resolve(
      answer.map((address): ResolvedAddress => ({
        address,
        family: address.includes(':') ? 6 : 4,
      })),
    );
  };
  return { lookupHost, calls };
}

/**
 * Outbound webhook calls against a real local server (ARCHITECTURE 11): the address checked is
 * the address connected to, redirects are not followed, slow receivers time out and long
 * answers are cut.
 */
describe('[R-webhook-url-safety] PinnedPoster', () => {
  let server: Server;
  let port = 0;
  const hits: { path: string; host: string | undefined }[] = [];
  const signal = new AbortController().signal;
  // The local server stands for a receiver on a listed address.
  const policy = new AddressPolicy('127.0.0.1');

  beforeAll(async () => {
    server = createServer((request, response) => {
      hits.push({ path: request.url ?? '', host: request.headers.host });
      request.resume();
      if (request.url === '/redirect') response.writeHead(302, { location: '/elsewhere' }).end();
      // Unref'd: the poster gives up first, and a timer left pending would keep this Jest
      // worker alive past the end of the run (Jest then kills it, "failed to exit gracefully").
      else if (request.url === '/slow')
        setTimeout(() => response.writeHead(200).end(), 2_000).unref();
      else if (request.url === '/long') {
        response.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 120);
        const write = () => {
          while (response.write(chunk));
          response.once('drain', write);
        };
        write();
      } else response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => (hits.length = 0));

  it('connects to the address it checked, looking the name up once per delivery (no rebinding window)', async () => {
    const { lookupHost, calls } = resolver(['127.0.0.1'], ['10.0.0.7']);
    const poster = new PinnedPoster(policy, lookupHost);
    const first = await poster.post('hook-1', `http://receiver.test:${port}/a`, {}, '{}', signal);
    expect(first).toEqual({ status: 204, problem: null });
    expect(hits).toEqual([{ path: '/a', host: `receiver.test:${port}` }]);
    expect(calls).toEqual(['receiver.test']);
    // The name now resolves to a private address: refused before any connection.
    const second = await poster.post('hook-1', `http://receiver.test:${port}/b`, {}, '{}', signal);
    expect(second.status).toBeNull();
    expect(second.problem).toMatch(/WEBHOOK_ALLOW_HOSTS/);
    expect(hits).toHaveLength(1);
    await poster.close();
  });

  it('refuses a name when any of its addresses is refused', async () => {
    const { lookupHost } = resolver(['93.184.216.34', '169.254.169.254']);
    const poster = new PinnedPoster(new AddressPolicy(), lookupHost);
    const outcome = await poster.post('hook-1', 'https://mixed.test/hook', {}, '{}', signal);
    expect(outcome).toEqual({ status: null, problem: expect.stringMatching(/linkLocal/) });
    await poster.close();
  });

  it('follows no redirect', async () => {
    const poster = new PinnedPoster(policy);
    const outcome = await poster.post(
      'hook-1',
      `http://127.0.0.1:${port}/redirect`,
      {},
      '{}',
      signal,
    );
    expect(outcome.status).toBe(302);
    expect(hits.map((hit) => hit.path)).toEqual(['/redirect']);
    await poster.close();
  });

  it('gives up on a receiver slower than the timeout', async () => {
    const poster = new PinnedPoster(policy, undefined, 300);
    const started = Date.now();
    const outcome = await poster.post('hook-1', `http://127.0.0.1:${port}/slow`, {}, '{}', signal);
    expect(outcome.status).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_500);
    await poster.close();
  });

  it('reads no more than a little of an endless answer', async () => {
    const poster = new PinnedPoster(policy);
    const outcome = await poster.post('hook-1', `http://127.0.0.1:${port}/long`, {}, '{}', signal);
    expect(outcome).toEqual({ status: 200, problem: null });
    await poster.close();
  });

  it('refuses http to an address the allow list does not name, even a public one', async () => {
    const poster = new PinnedPoster(new AddressPolicy());
    const outcome = await poster.post('hook-1', `http://127.0.0.1:${port}/a`, {}, '{}', signal);
    expect(outcome.status).toBeNull();
    expect(hits).toHaveLength(0);
    await poster.close();
  });
});
