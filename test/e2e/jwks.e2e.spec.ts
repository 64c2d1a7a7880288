import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { expectProblem } from '../support/scenario';
import { TEST_SECRET, TestApp } from '../support/test-app';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

describe('Tokens from an identity provider (AUTH_JWKS_URL)', () => {
  let jwks: Server;
  let app: TestApp;
  let privateKey: PrivateKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    app = await TestApp.start({
      AUTH_JWT_SECRET: '',
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'certificates',
    });
  });
  afterAll(async () => {
    await app.close();
    jwks.close();
  });

  const sign = (issuer: string, key: PrivateKey | Uint8Array, alg = 'RS256') =>
    new SignJWT({ tenant: 'acme', roles: ['admin'] })
      .setProtectedHeader({ alg, kid: 'k1' })
      .setSubject('admin-1')
      .setIssuer(issuer)
      .setAudience('certificates')
      .setExpirationTime('5m')
      .sign(key);

  const createTraining = async (bearer: string) =>
    app.request('POST', '/api/v1/trainings', {
      token: bearer,
      body: { type: 'course', title: 'From the IdP' },
    });

  it("accepts a token signed with the provider's key, issuer and audience", async () => {
    expect((await createTraining(await sign('https://idp.example', privateKey))).status).toBe(201);
  });

  it('refuses another issuer, and an HS256 token made with a shared secret', async () => {
    expectProblem(
      await createTraining(await sign('https://evil.example', privateKey)),
      401,
      'unauthorized',
    );
    const hs256 = await sign('https://idp.example', new TextEncoder().encode(TEST_SECRET), 'HS256');
    expectProblem(await createTraining(hs256), 401, 'unauthorized');
  });
});
