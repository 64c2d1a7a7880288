import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  generateKeyPair,
  type GenerateKeyPairResult,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { signToken } from '../../src/auth/sign-token';
import {
  CLOCK_SKEW_SECONDS,
  InvalidTokenError,
  TokenVerifier,
} from '../../src/auth/token-verifier';

const SECRET = 'a-test-secret-of-enough-length-for-hs256';
/** A whole second, so claims can sit exactly on a boundary. */
const NOW = Date.UTC(2026, 2, 1, 10, 0, 0);
const nowSeconds = NOW / 1000;

/** An HS256 token with exactly these claims (no defaults added). */
const hs256 = (payload: JWTPayload, secret = SECRET) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));

const valid: JWTPayload = {
  sub: 'zoe',
  tenant: 'acme',
  roles: ['trainer'],
  groups: ['north'],
  iat: nowSeconds,
  exp: nowSeconds + 3600,
};

const refusal = async (verifier: TokenVerifier, token: string) => {
  const error = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  return (error as Error).message;
};

describe('Token verification with a shared secret (HS256)', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });
  afterEach(() => jest.useRealTimers());

  const verifier = () => new TokenVerifier({ secret: SECRET });

  it('answers the actor of a valid token, and no other claim', async () => {
    const token = await hs256({ ...valid, name: 'Zoe', extra: true });
    expect(await verifier().verify(token)).toEqual({
      id: 'zoe',
      tenant: 'acme',
      roles: ['trainer'],
      groups: ['north'],
    });
  });

  it('gives a token without groups none', async () => {
    const { groups: _groups, ...withoutGroups } = valid;
    expect((await verifier().verify(await hs256(withoutGroups))).groups).toEqual([]);
  });

  it('accepts the tokens signToken makes, for 8 hours unless told otherwise', async () => {
    const token = await signToken(SECRET, { sub: 'zoe', tenant: 'acme', roles: ['admin'] });
    expect(await verifier().verify(token)).toEqual({
      id: 'zoe',
      tenant: 'acme',
      roles: ['admin'],
      groups: [],
    });
  });

  it('refuses a token signed with another secret', async () => {
    expect(await refusal(verifier(), await hs256(valid, `${SECRET}-other`))).toMatch(
      /signature verification failed/,
    );
  });

  it('refuses a token signed with another algorithm, or none', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const es256 = await new SignJWT(valid).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    expect(await refusal(verifier(), es256)).toMatch(/"alg"/);
    const [, body] = (await hs256(valid)).split('.');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${body}.`;
    await refusal(verifier(), unsigned);
  });

  it('refuses a token without an expiry, and an expired one', async () => {
    const { exp: _exp, ...withoutExp } = valid;
    expect(await refusal(verifier(), await hs256(withoutExp))).toMatch(/"exp"/);
    expect(await refusal(verifier(), await hs256({ ...valid, exp: nowSeconds }))).toMatch(/"exp"/);
    await expect(
      verifier().verify(await hs256({ ...valid, exp: nowSeconds + 1 })),
    ).resolves.toEqual(expect.objectContaining({ id: 'zoe' }));
  });

  it(`accepts a token issued up to ${CLOCK_SKEW_SECONDS} s ahead of this clock, and refuses one issued later`, async () => {
    for (const ahead of [0, 30, CLOCK_SKEW_SECONDS])
      await expect(
        verifier().verify(await hs256({ ...valid, iat: nowSeconds + ahead })),
      ).resolves.toEqual(expect.objectContaining({ id: 'zoe' }));
    expect(
      await refusal(
        verifier(),
        await hs256({ ...valid, iat: nowSeconds + CLOCK_SKEW_SECONDS + 1 }),
      ),
    ).toBe('the token was issued in the future');
  });

  it('accepts a token without an issue time', async () => {
    const { iat: _iat, ...withoutIat } = valid;
    await expect(verifier().verify(await hs256(withoutIat))).resolves.toEqual(
      expect.objectContaining({ id: 'zoe' }),
    );
  });

  it.each<[string, JWTPayload]>([
    ['no subject', { sub: undefined }],
    ['a subject that is not an id', { sub: 'zoe:admin' }],
    ['no tenant', { tenant: undefined }],
    ['a tenant that is not a tenant id', { tenant: 'acme/other' }],
    ['no roles', { roles: undefined }],
    ['an empty list of roles', { roles: [] }],
    ['a role that does not exist', { roles: ['trainer', 'root'] }],
    ['a group that is not an id', { groups: ['north', '_platform'] }],
    ['groups that are not a list', { groups: 'north' }],
  ])('refuses a token with %s', async (_case, change) => {
    const token = await hs256({ ...valid, ...change });
    expect(await refusal(verifier(), token)).toBe('token claims are incomplete or malformed');
  });

  it('accepts every role there is, and a tenant and ids at their longest', async () => {
    const roles = [
      'operator',
      'admin',
      'group-admin',
      'author',
      'trainer',
      'inspector',
      'auditor',
      'learner',
      'integration',
    ];
    const claims = { ...valid, sub: `z${'.'.repeat(127)}`, tenant: `a${'~'.repeat(63)}`, roles };
    expect(await verifier().verify(await hs256(claims))).toEqual({
      id: claims.sub,
      tenant: claims.tenant,
      roles,
      groups: ['north'],
    });
    await refusal(verifier(), await hs256({ ...claims, tenant: `a${'~'.repeat(64)}` }));
  });

  describe('with an issuer and an audience configured', () => {
    const strict = () =>
      new TokenVerifier({ secret: SECRET, issuer: 'https://idp.example', audience: 'certs' });

    it('accepts a token from that issuer for that audience', async () => {
      const token = await signToken(
        SECRET,
        { sub: 'zoe', tenant: 'acme', roles: ['admin'] },
        { issuer: 'https://idp.example', audience: 'certs' },
      );
      expect((await strict().verify(token)).id).toBe('zoe');
    });

    it('refuses a token from another issuer, for another audience, or naming neither', async () => {
      const sign = (options: { issuer?: string; audience?: string }) =>
        signToken(SECRET, { sub: 'zoe', tenant: 'acme', roles: ['admin'] }, options);
      expect(
        await refusal(strict(), await sign({ issuer: 'https://evil.example', audience: 'certs' })),
      ).toMatch(/"iss"/);
      expect(
        await refusal(strict(), await sign({ issuer: 'https://idp.example', audience: 'other' })),
      ).toMatch(/"aud"/);
      expect(await refusal(strict(), await sign({ audience: 'certs' }))).toMatch(/"iss"/);
      expect(await refusal(strict(), await sign({ issuer: 'https://idp.example' }))).toMatch(
        /"aud"/,
      );
    });

    it('checks only what is configured', async () => {
      const onlyIssuer = new TokenVerifier({ secret: SECRET, issuer: 'https://idp.example' });
      const token = await signToken(
        SECRET,
        { sub: 'zoe', tenant: 'acme', roles: ['admin'] },
        { issuer: 'https://idp.example', audience: 'anything' },
      );
      expect((await onlyIssuer.verify(token)).id).toBe('zoe');
      const onlyAudience = new TokenVerifier({ secret: SECRET, audience: 'anything' });
      expect((await onlyAudience.verify(token)).id).toBe('zoe');
    });
  });

  describe('the cache of verified tokens', () => {
    /**
     * A token not valid before `NOW`: verifying it again with the clock set back refuses it, so
     * an answer then can only come from the cache.
     */
    const probe = (exp = nowSeconds + 3600) => hs256({ ...valid, nbf: nowSeconds, exp });
    const setClock = (ms: number) => jest.setSystemTime(ms);

    it('answers a token verified before from the cache until the token expires', async () => {
      const tokens = verifier();
      const token = await probe(nowSeconds + 600);
      setClock(NOW - 1000);
      await refusal(tokens, token);
      setClock(NOW);
      await tokens.verify(token);
      setClock(NOW - 1000);
      expect((await tokens.verify(token)).id).toBe('zoe');
      setClock(NOW + 599_999);
      expect((await tokens.verify(token)).id).toBe('zoe');
      setClock((nowSeconds + 600) * 1000);
      expect(await refusal(tokens, token)).toMatch(/"exp"/);
    });

    it('caches only what verified, and each token for itself', async () => {
      const tokens = verifier();
      const bad = await hs256(valid, 'another secret');
      await refusal(tokens, bad);
      await refusal(tokens, bad);
      const [first, second] = [await probe(), await probe(nowSeconds + 7200)];
      await tokens.verify(first);
      setClock(NOW - 1000);
      expect((await tokens.verify(first)).id).toBe('zoe');
      await refusal(tokens, second);
    });

    it('forgets every token once it holds 10,000', async () => {
      const tokens = verifier();
      const kept = await probe();
      await tokens.verify(kept);
      // 9,999 more fill it; the one after clears it before it is added. Signed here with
      // node:crypto's HMAC, synchronously: jose's async signing would triple the time.
      const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
      for (let i = 1; i < 10_000; i++) {
        const body = `${header}.${Buffer.from(JSON.stringify({ ...valid, jti: i })).toString('base64url')}`;
        const signature = createHmac('sha256', SECRET).update(body).digest('base64url');
        await tokens.verify(`${body}.${signature}`);
      }
      setClock(NOW - 1000);
      expect((await tokens.verify(kept)).id).toBe('zoe');
      setClock(NOW);
      await tokens.verify(await hs256({ ...valid, jti: 'the 10,001st' }));
      setClock(NOW - 1000);
      await refusal(tokens, kept);
    });
  });
});

describe('Token verification with an identity provider’s JWKS', () => {
  const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
  const keys = new Map<string, GenerateKeyPairResult['privateKey']>();
  let server: Server;
  let jwksUrl: string;

  beforeAll(async () => {
    const published: JWK[] = [];
    for (const alg of ALGORITHMS) {
      const pair = await generateKeyPair(alg, { extractable: true });
      keys.set(alg, pair.privateKey);
      published.push({ ...(await exportJWK(pair.publicKey)), kid: alg, alg });
    }
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const now = () => Math.floor(Date.now() / 1000);
  const claims = () => ({ ...valid, iat: now(), exp: now() + 600 });

  it.each(ALGORITHMS)('accepts a token signed with %s by a published key', async (alg) => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg, kid: alg })
      .sign(keys.get(alg)!);
    expect(await new TokenVerifier({ jwksUrl }).verify(token)).toEqual({
      id: 'zoe',
      tenant: 'acme',
      roles: ['trainer'],
      groups: ['north'],
    });
  });

  it('refuses a token signed with the shared-secret algorithm, even when a secret is set', async () => {
    const token = await hs256(claims());
    const verifier = new TokenVerifier({ jwksUrl, secret: SECRET });
    expect(await refusal(verifier, token)).toMatch(/"alg"/);
  });

  it('refuses a token signed by a key it does not publish', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'ES256', kid: 'ES256' })
      .sign(privateKey);
    expect(await refusal(new TokenVerifier({ jwksUrl }), token)).toMatch(/signature/);
  });
});
