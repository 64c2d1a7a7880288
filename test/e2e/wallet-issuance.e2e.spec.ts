import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { independentVerifier } from '../credentials/independent-verifier';
import { freePort } from '../support/built-service';
import { generationOutcome } from '../support/certificates';
import { documentedFetch as fetch } from '../support/documented-fetch';
import { filesHolding } from '../support/files-holding';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp } from '../support/test-app';
import { handProof, holderKey, type HolderKey, walletClient } from '../support/wallet-holder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON under test
type Json = any;

const PRE_AUTHORIZED = 'urn:ietf:params:oauth:grant-type:pre-authorized_code';
const MINUTE = 60_000;

/**
 * OpenID4VCI 1.0 wallet issuance, pre-authorized code flow, end to end over real HTTP: a wallet
 * built on the holder side of @openid4vc/openid4vci receives the credential, which Digital
 * Bazaar's verifier checks; every refusal is also proved with requests and proofs built by hand.
 */
describe('Issuing a certificate into a wallet (OpenID4VCI)', () => {
  let app: TestApp;
  let given: Scenario;
  let base: string;
  const verifier = independentVerifier((url) => fetch(`http://${url.host}${url.pathname}`));
  const certificates = new Map<string, string>();

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = await TestApp.start({ PUBLIC_URL: base, TEST_CLOCK: '1' });
    await app.app.listen({ port, host: '127.0.0.1' });
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('safety');
    await given.ok(
      app.request('PUT', '/api/v1/trainings/safety/certificate', {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 24 },
      }),
    );
    for (const learner of ['ann', 'carl', 'dora', 'eve']) {
      await given.ok(
        app.request('PUT', `/api/v1/learners/${learner}`, {
          token: given.admin,
          body: { name: `${learner} Smith`, email: `${learner}@example.org` },
        }),
      );
      await given.enrol('safety', learner);
      await given.complete('safety', learner);
      const { certificateId } = (await given.ok(given.generate('safety', learner))).body;
      expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
      certificates.set(learner, certificateId as string);
    }
  }, 180_000);
  afterAll(() => app.close());

  const issuer = () => `${base}/tenants/acme`;

  async function offerFor(learner: string): Promise<Answer> {
    return app.request('POST', '/api/v1/me/learning-records/safety/credential-offer', {
      token: await given.learner(learner),
    });
  }

  async function codeFor(learner: string): Promise<string> {
    const offer = await given.ok(offerFor(learner));
    return offer.body.credentialOffer.grants[PRE_AUTHORIZED]['pre-authorized_code'] as string;
  }

  const tokenRequest = (code: string, tenant = 'acme') =>
    app.request('POST', `/tenants/${tenant}/openid4vci/token`, {
      rawBody: new URLSearchParams({
        grant_type: PRE_AUTHORIZED,
        'pre-authorized_code': code,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  async function accessTokenFor(learner: string): Promise<string> {
    return (await tokenRequest(await codeFor(learner))).body.access_token as string;
  }

  const nonce = async () =>
    (await app.request('POST', '/tenants/acme/openid4vci/nonce')).body.c_nonce as string;

  const now = async () =>
    Date.parse(
      (await given.ok(app.request('GET', '/api/v1/test-clock', { token: given.operator }))).body
        .now,
    );

  const credentialRequest = (accessToken: string, body: unknown) =>
    app.request('POST', '/tenants/acme/openid4vci/credential', {
      headers: { authorization: `Bearer ${accessToken}` },
      body,
    });

  const withProof = (jwt: string) => ({
    credential_configuration_id: 'OpenBadgeCredential',
    proofs: { jwt: [jwt] },
  });

  /** An OAuth refusal: its JSON error, never problem+json, and nothing appended. */
  async function refusedOAuth(send: () => Promise<Answer>, status: number, error: string) {
    const before = await app.head();
    const answer = await send();
    expect({ status: answer.status, error: answer.body?.error }).toEqual({ status, error });
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(await app.head()).toBe(before);
  }

  let annHolder: HolderKey;
  let annCredential: Json;

  it('[R-wallet-issuance] a wallet (the holder side of @openid4vc/openid4vci) receives the credential bound to its did:key, which an outside verifier accepts', async () => {
    // Given: the learner's offer and a wallet with an Ed25519 did:key
    const offer = await given.ok(offerFor('ann'));
    expect(offer.status).toBe(201);
    expect(offer.body.credentialOfferUri).toMatch(
      /^openid-credential-offer:\/\/\?credential_offer=/,
    );
    expect(offer.body.qrCode).toMatch(/^data:image\/png;base64,/);
    // The QR code, read by a decoder that is not ours, is the offer's URI.
    const png = PNG.sync.read(Buffer.from(offer.body.qrCode.split(',')[1], 'base64'));
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(scanned?.data).toBe(offer.body.credentialOfferUri);
    expect(Date.parse(offer.body.expiresAt) - (await now())).toBeLessThanOrEqual(10 * MINUTE);
    expect(offer.headers['x-log-position']).toBe(offer.body.position);
    annHolder = await holderKey('EdDSA', 'key');

    // When: the wallet follows the offer
    const {
      offer: resolved,
      issuerMetadata,
      response,
    } = await walletClient(annHolder, fetch).receive(offer.body.credentialOfferUri);

    // Then: the issuer is the tenant, and the credential is the certificate's, bound to the holder
    expect(resolved.credential_issuer).toBe(issuer());
    expect(issuerMetadata.authorizationServers[0]!.grant_types_supported).toContain(PRE_AUTHORIZED);
    expect(response.response.ok).toBe(true);
    const credentials = response.credentialResponse.credentials as {
      credential: Json;
    }[];
    expect(credentials).toHaveLength(1);
    annCredential = credentials[0]!.credential;
    const certificate = (await (
      await fetch(`${base}/api/v1/public/certificates/${certificates.get('ann')}/credential`)
    ).json()) as Json;
    expect(annCredential.credentialSubject.id).toBe(annHolder.did);
    expect(annCredential.id).not.toBe(certificate.id);
    expect(annCredential.credentialSubject.achievement).toEqual(
      certificate.credentialSubject.achievement,
    );
    expect(annCredential.credentialStatus).toEqual(certificate.credentialStatus);
    expect([annCredential.validFrom, annCredential.validUntil]).toEqual([
      certificate.validFrom,
      certificate.validUntil,
    ]);
    expect(annCredential.issuer).toEqual(certificate.issuer);
    expect(annCredential.proof[0].cryptosuite).toBe('eddsa-rdfc-2022');
    const verified = await verifier.verify(annCredential);
    expect(verified.verified).toBe(true);

    // And: the log records the issuance, the holder's DID sealed, never in the clear on disk
    const issued = (await app.log()).filter((e) => e.type === 'WalletCredentialIssued');
    expect(issued).toHaveLength(1);
    expect(issued[0]!.data).toMatchObject({
      certificateId: certificates.get('ann'),
      credentialId: annCredential.id,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      holder: annHolder.did,
    });
    expect(filesHolding(app.config.DATA_DIR, annHolder.did.slice('did:key:'.length))).toEqual([]);

    // And: the learner's personal-data export lists the wallet copy with the holder's DID
    const exported = await given.ok(
      app.request('GET', '/api/v1/learners/ann/personal-data', { token: given.admin }),
    );
    expect(exported.body.walletCredentials).toEqual([
      {
        certificateId: certificates.get('ann'),
        trainingId: 'safety',
        credentialId: annCredential.id,
        sha256: issued[0]!.data.sha256,
        holder: annHolder.did,
        issuedAt: expect.any(String),
      },
    ]);
  }, 60_000);

  it('[R-wallet-issuance] issues to an ES256 did:jwk holder too', async () => {
    const holder = await holderKey('ES256', 'jwk');
    const offer = await given.ok(offerFor('dora'));
    const { response } = await walletClient(holder, fetch).receive(offer.body.credentialOfferUri);
    const credential = (response.credentialResponse.credentials as { credential: Json }[])[0]!
      .credential;
    expect(credential.credentialSubject.id).toBe(holder.did);
    expect((await verifier.verify(credential)).verified).toBe(true);
  }, 60_000);

  it('[R-wallet-issuance] publishes the issuer and authorization server metadata at the well-known paths', async () => {
    const metadata = await (
      await fetch(`${base}/.well-known/openid-credential-issuer/tenants/acme`)
    ).json();
    expect(metadata).toMatchObject({
      credential_issuer: issuer(),
      credential_endpoint: `${issuer()}/openid4vci/credential`,
      nonce_endpoint: `${issuer()}/openid4vci/nonce`,
      credential_configurations_supported: {
        OpenBadgeCredential: {
          format: 'ldp_vc',
          cryptographic_binding_methods_supported: ['did:key', 'did:jwk'],
          proof_types_supported: {
            jwt: { proof_signing_alg_values_supported: ['EdDSA', 'ES256'] },
          },
        },
      },
    });
    const server = await (
      await fetch(`${base}/.well-known/oauth-authorization-server/tenants/acme`)
    ).json();
    expect(server).toMatchObject({
      issuer: issuer(),
      token_endpoint: `${issuer()}/openid4vci/token`,
      grant_types_supported: [PRE_AUTHORIZED],
    });
  });

  it('[R-wallet-issuance] redeems a code once when wallets race for it, and answers a retried offer with the same code', async () => {
    const code = await codeFor('carl');
    const answers = await Promise.all(Array.from({ length: 5 }, () => tokenRequest(code)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400, 400, 400]);
    expect(answers.filter((a) => a.status === 400).map((a) => a.body.error)).toEqual(
      Array(4).fill('invalid_grant'),
    );

    const retry = async () =>
      app.request('POST', '/api/v1/me/learning-records/safety/credential-offer', {
        token: await given.learner('carl'),
        headers: { 'idempotency-key': 'offer-once' },
      });
    const first = await given.ok(retry());
    const second = await given.ok(retry());
    expect(second.body).toEqual({ ...first.body, qrCode: second.body.qrCode });
    expect(second.body.credentialOfferUri).toBe(first.body.credentialOfferUri);
  });

  it('[R-wallet-issuance] refuses a reused pre-authorized code with invalid_grant', async () => {
    const code = await codeFor('carl');
    expect((await tokenRequest(code)).status).toBe(200);
    await refusedOAuth(() => tokenRequest(code), 400, 'invalid_grant');
  });

  it('[R-wallet-issuance] refuses a proof with a nonce the issuer did not give with invalid_nonce', async () => {
    const accessToken = await accessTokenFor('carl');
    const holder = await holderKey('EdDSA', 'key');
    const iat = Math.floor((await now()) / 1000);
    const forged = `${String(iat + 300)}.AAAAAAAAAAAAAAAAAAAAAA.${'A'.repeat(43)}`;
    for (const wrong of [forged, 'not-a-nonce', undefined])
      await refusedOAuth(
        async () =>
          credentialRequest(
            accessToken,
            withProof(
              await handProof(holder, { aud: issuer(), iat, ...(wrong && { nonce: wrong }) }),
            ),
          ),
        400,
        'invalid_nonce',
      );
  });

  it('[R-wallet-issuance] refuses a proof for another audience, signed by another key, or not recent with invalid_proof', async () => {
    const accessToken = await accessTokenFor('carl');
    const holder = await holderKey('EdDSA', 'key');
    const other = await holderKey('EdDSA', 'key');
    const iat = Math.floor((await now()) / 1000);
    const proofs = [
      await handProof(holder, { aud: `${base}/tenants/other`, nonce: await nonce(), iat }),
      await handProof(other, { aud: issuer(), nonce: await nonce(), iat }, { kid: holder.kid }),
      await handProof(holder, { aud: issuer(), nonce: await nonce(), iat: iat - 3600 }),
      await handProof(holder, { aud: issuer(), nonce: await nonce(), iat }, { typ: 'JWT' }),
      'not.a.jwt',
    ];
    for (const proof of proofs)
      await refusedOAuth(
        () => credentialRequest(accessToken, withProof(proof)),
        400,
        'invalid_proof',
      );
    // The token is still good for a valid proof afterwards.
    const valid = await handProof(holder, { aud: issuer(), nonce: await nonce(), iat });
    expect((await credentialRequest(accessToken, withProof(valid))).status).toBe(200);
    await refusedOAuth(
      () => credentialRequest(accessToken, withProof(valid)),
      401,
      'invalid_token',
    );
  });

  it("[R-wallet-issuance] refuses another learner's offer: no offer without a certificate, no code at another issuer or with another offer's secret", async () => {
    await given.refused(
      async () =>
        app.request('POST', '/api/v1/me/learning-records/safety/credential-offer', {
          token: await given.learner('nobody'),
        }),
      409,
      'not-ready',
    );
    const annCode = await codeFor('ann');
    const carlCode = await codeFor('carl');
    await refusedOAuth(() => tokenRequest(annCode, 'other'), 400, 'invalid_grant');
    const mixed = `${annCode.split('.')[0]}.${carlCode.split('.')[1]}`;
    await refusedOAuth(() => tokenRequest(mixed), 400, 'invalid_grant');
  });

  it('[R-wallet-issuance] refuses a revoked certificate: no offer, no token for an earlier offer, and the wallet copy reads revoked', async () => {
    // Given: a wallet copy of eve's credential, and an offer not yet redeemed
    const holder = await holderKey('EdDSA', 'key');
    const first = await given.ok(offerFor('eve'));
    const { response } = await walletClient(holder, fetch).receive(first.body.credentialOfferUri);
    const walletCopy = (response.credentialResponse.credentials as { credential: Json }[])[0]!
      .credential;
    const pending = await codeFor('eve');
    const pendingToken = await accessTokenFor('eve');

    // When: the certificate is revoked
    await given.ok(
      app.request('POST', '/api/v1/trainings/safety/learners/eve/certificate/revocation', {
        token: given.admin,
        body: { reason: 'Issued in error' },
      }),
    );

    // Then
    await given.refused(() => offerFor('eve'), 409, 'certificate-revoked');
    await refusedOAuth(() => tokenRequest(pending), 400, 'invalid_grant');
    const iat = Math.floor((await now()) / 1000);
    const proof = await handProof(holder, { aud: issuer(), nonce: await nonce(), iat });
    await refusedOAuth(
      () => credentialRequest(pendingToken, withProof(proof)),
      400,
      'credential_request_denied',
    );
    const started = Date.now();
    let status = await verifier.checkStatus(walletCopy);
    // The status list follows the log within seconds.
    while (!JSON.stringify(status).includes('"status":true') && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await verifier.checkStatus(walletCopy);
    }
    expect(JSON.stringify(status)).toMatch(/"status":true/);
  }, 60_000);

  it('[R-wallet-issuance] refuses an expired offer (10 minutes, by the service clock) with invalid_grant', async () => {
    const code = await codeFor('carl');
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: new Date((await now()) + 10 * MINUTE + 1000).toISOString() },
      }),
    );
    await refusedOAuth(() => tokenRequest(code), 400, 'invalid_grant');
  });

  it('[R-wallet-issuance] answers malformed or oversized requests with OAuth errors, never a 500, appending nothing', async () => {
    const accessToken = await accessTokenFor('carl');
    const holder = await holderKey('EdDSA', 'key');
    const iat = Math.floor((await now()) / 1000);
    const proof = await handProof(holder, { aud: issuer(), nonce: await nonce(), iat });
    await refusedOAuth(() => tokenRequest('garbage'), 400, 'invalid_grant');
    await refusedOAuth(
      () =>
        app.request('POST', '/tenants/acme/openid4vci/token', {
          rawBody: 'grant_type=authorization_code&code=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      400,
      'unsupported_grant_type',
    );
    await refusedOAuth(
      () => app.request('POST', '/tenants/acme/openid4vci/token', { body: { grant_type: 5 } }),
      400,
      'invalid_request',
    );
    await refusedOAuth(
      () => credentialRequest('not-a-token', withProof(proof)),
      401,
      'invalid_token',
    );
    await refusedOAuth(
      () => app.request('POST', '/tenants/acme/openid4vci/credential', { body: withProof(proof) }),
      401,
      'invalid_token',
    );
    await refusedOAuth(
      () =>
        credentialRequest(accessToken, {
          credential_configuration_id: 'UniversityDegree',
          proofs: { jwt: [proof] },
        }),
      400,
      'unknown_credential_configuration',
    );
    await refusedOAuth(
      () => credentialRequest(accessToken, { proofs: 'x' }),
      400,
      'invalid_credential_request',
    );
    await refusedOAuth(
      () => credentialRequest(accessToken, { credential_configuration_id: 'OpenBadgeCredential' }),
      400,
      'invalid_proof',
    );
    await refusedOAuth(
      () =>
        app.request('POST', '/tenants/acme/openid4vci/credential', {
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
          rawBody: JSON.stringify({ padding: 'x'.repeat(3 * 1024 * 1024) }),
        }),
      413,
      'invalid_request',
    );
    await refusedOAuth(
      () =>
        app.request('POST', '/tenants/acme/openid4vci/credential', {
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
          rawBody: '{"not json',
        }),
      400,
      'invalid_request',
    );
    expectProblem(
      await app.request('PUT', '/api/v1/learners/carl', {
        token: given.admin,
        rawBody: 'name=Carl&email=carl%40example.org',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'unsupported-media-type',
    );
    expectProblem(
      await app.request('GET', '/.well-known/openid-credential-issuer/tenants/%20bad'),
      404,
      'not-found',
    );
  });

  it("[R-wallet-issuance] an erasure covers the holder's DID: the key that sealed it is destroyed, and no offer is made or redeemed for the learner", async () => {
    // Given: dora's wallet issuance, and a code not yet redeemed
    const pending = await codeFor('dora');
    const issuance = async () =>
      (await app.log()).find(
        (e) => e.type === 'WalletCredentialIssued' && e.data.learnerId === 'dora',
      ) as { data: { holder: string | null } } | undefined;
    expect((await issuance())!.data).toMatchObject({ holder: expect.stringMatching(/^did:jwk:/) });

    // When: her personal data is erased
    await given.ok(
      app.request('DELETE', '/api/v1/learners/dora', {
        token: given.admin,
        body: { reason: 'Request of the learner' },
      }),
    );

    // Then: the holder reads null once the key is gone, and the wallet gets nothing more
    const started = Date.now();
    while ((await issuance())!.data.holder !== null && Date.now() - started < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await issuance())!.data).toMatchObject({ holder: null, learnerId: 'dora' });
    await refusedOAuth(() => tokenRequest(pending), 400, 'invalid_grant');
    await given.refused(() => offerFor('dora'), 404, 'not-found');
  }, 60_000);
});
