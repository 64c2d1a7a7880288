import { independentVerifier } from '../credentials/independent-verifier';
import { generationOutcome } from '../support/certificates';
import { documentedFetch as fetch } from '../support/documented-fetch';
import { Scenario } from '../support/scenario';
import { listeningApp } from '../support/listening-app';
import { type TestApp, token } from '../support/test-app';

/**
 * Rotating a tenant's issuer key, checked by Digital Bazaar's verifier over real HTTP: it
 * resolves the issuer's did:web and the status list itself, trusting none of our code.
 */
describe('Issuer key rotation', () => {
  let app: TestApp;
  let given: Scenario;
  let base: string;
  const verifier = independentVerifier((url) => fetch(`http://${url.host}${url.pathname}`));

  beforeAll(async () => {
    ({ app, base } = await listeningApp());
    given = await Scenario.of(app);
    await given.readyToGenerate('keys-101', 'ana');
    await given.enrol('keys-101', 'bo');
    await given.complete('keys-101', 'bo');
  }, 60_000);
  afterAll(() => app.close());

  const rotate = (bearer: string, tenantId = 'acme') =>
    app.request('POST', `/api/v1/tenants/${tenantId}/issuer-keys/rotation`, { token: bearer });
  async function credentialOf(learnerId: string) {
    const { certificateId } = (await given.ok(given.generate('keys-101', learnerId))).body;
    const outcome = await generationOutcome(app, certificateId);
    expect(outcome.type).toBe('CertificateGenerated');
    const response = await fetch(`${base}/api/v1/public/certificates/${certificateId}/credential`, {
      headers: { 'x-consistent-with': String(outcome.position) },
    });
    return (await response.json()) as { proof: { verificationMethod: string }[] };
  }
  const didDocument = async () =>
    (await (await fetch(`${base}/tenants/acme/did.json`)).json()) as {
      assertionMethod: string[];
    };
  const statusList = async () =>
    (await (await fetch(`${base}/tenants/acme/status-lists/revocation`)).json()) as {
      proof: { verificationMethod: string };
    };

  it('[R-issuer-key-rotation] signs later credentials and status lists with the new key; the DID document lists both and earlier credentials keep verifying', async () => {
    const before = await credentialOf('ana');
    const did = before.proof[0]!.verificationMethod.split('#')[0]!;
    expect(before.proof[0]!.verificationMethod).toBe(`${did}#key-1`);
    expect((await verifier.verify(before)).verified).toBe(true);
    expect((await statusList()).proof.verificationMethod).toBe(`${did}#key-1`);

    const rotated = await rotate(given.admin);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toEqual({
      verificationMethod: `${did}#key-2`,
      position: rotated.headers['x-log-position'],
    });
    expect((await didDocument()).assertionMethod).toEqual([`${did}#key-1`, `${did}#key-2`]);
    const recorded = (await app.log()).filter((e) => e.type === 'IssuerKeyRotated');
    expect(recorded.map((e) => e.data)).toEqual([
      expect.objectContaining({ tenantId: 'acme', keyId: 'key-2', previousKeyId: 'key-1' }),
    ]);
    expect(JSON.stringify(recorded.map((e) => e.data))).not.toMatch(/secretKey|zrv/);

    const after = await credentialOf('bo');
    expect(after.proof[0]!.verificationMethod).toBe(`${did}#key-2`);
    expect((await statusList()).proof.verificationMethod).toBe(`${did}#key-2`);
    for (const credential of [before, after]) {
      const result = await verifier.verify(credential);
      expect({ verified: result.verified, error: result.error }).toEqual({
        verified: true,
        error: undefined,
      });
    }

    // An operator rotates any tenant; the old keys all stay listed.
    const again = await rotate(given.operator);
    expect(again.body.verificationMethod).toBe(`${did}#key-3`);
    expect((await didDocument()).assertionMethod).toHaveLength(3);
    expect((await verifier.verify(before)).verified).toBe(true);
  });

  it('[R-tenant-isolation] [R-operator-platform-only] is refused to learners and other roles (403) and to other tenants (404), appending nothing', async () => {
    await given.refused(async () => rotate(await given.learner('ana')), 403, 'forbidden');
    await given.refused(async () => rotate(await token('acme', 'auditor')), 403, 'forbidden');
    await given.refused(async () => rotate(await token('acme', 'operator')), 403, 'forbidden');
    await given.refused(async () => rotate(await token('globex', 'admin')), 404, 'not-found');
    await given.refused(() => rotate(given.admin, 'Not_A_Tenant!'), 400, 'validation-failed');
  });

  it('rotates once for one Idempotency-Key', async () => {
    const send = () =>
      app.request('POST', '/api/v1/tenants/acme/issuer-keys/rotation', {
        token: given.admin,
        headers: { 'idempotency-key': 'rotate-once' },
      });
    const keys = (await didDocument()).assertionMethod.length;
    const first = await send();
    const head = await app.head();
    const second = await send();
    expect(second.body).toEqual(first.body);
    expect(await app.head()).toBe(head);
    expect((await didDocument()).assertionMethod).toHaveLength(keys + 1);
  });
});
