import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { signToken } from '../../src/auth/sign-token';

const NOW = Date.UTC(2026, 2, 1, 10, 0, 0);
const SECRET = 'a-test-secret-of-enough-length-for-hs256';

describe('Tokens for local use and tests', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });
  afterEach(() => jest.useRealTimers());

  const claims = { sub: 'zoe', tenant: 'acme', roles: ['trainer' as const], groups: ['north'] };

  it('are HS256 JWTs under the secret, with the claims, issued now, valid 8 hours', async () => {
    const token = await signToken(SECRET, claims);

    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodeJwt(token)).toEqual({ ...claims, iat: NOW / 1000, exp: NOW / 1000 + 8 * 3600 });
    await expect(jwtVerify(token, new TextEncoder().encode(SECRET))).resolves.toBeDefined();
    await expect(jwtVerify(token, new TextEncoder().encode(`${SECRET}!`))).rejects.toThrow();
  });

  it('live as long as asked, and name an issuer and an audience when given', async () => {
    const token = await signToken(SECRET, claims, {
      ttlSeconds: 90,
      issuer: 'https://idp.example',
      audience: 'certs',
    });
    expect(decodeJwt(token)).toEqual({
      ...claims,
      iat: NOW / 1000,
      exp: NOW / 1000 + 90,
      iss: 'https://idp.example',
      aud: 'certs',
    });
  });
});
