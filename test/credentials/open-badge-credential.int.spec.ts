import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { didDocument, tenantDidDocument } from '../../src/credentials/did-document';
import { FileIssuerKeys } from '../../src/credentials/file-issuer-keys';
import { tenantDid, type Issuing } from '../../src/credentials/issuing';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import Ajv from 'ajv';
import { verificationMethodId } from '../../src/credentials/did-web';
import { packagedContextLoader } from '../../src/credentials/json-ld-contexts';
import {
  type CredentialFacts,
  issueCredential,
  openBadgeCredential,
} from '../../src/credentials/open-badge-credential';
import { issueStatusList } from '../../src/credentials/status-list';
import { independentVerifier, siteFetch, siteKey } from './independent-verifier';

const PUBLIC_URL = 'http://localhost:3000';
const TENANT = 'acme';
const STATUS_LIST_URL = `${PUBLIC_URL}/api/v1/public/status-lists/${TENANT}`;
const DID_URL = `${PUBLIC_URL}/tenants/${TENANT}/did.json`;

function facts(overrides: Partial<CredentialFacts> = {}): CredentialFacts {
  return {
    tenantId: TENANT,
    certificateId: '0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70',
    issuedAt: new Date('2026-03-02T10:00:00.000Z'),
    validUntil: new Date('2099-03-02T10:00:00.000Z'),
    completedAt: new Date('2026-03-01T09:00:00.000Z'),
    issuer: { name: 'Acme Academy', url: 'https://academy.example' },
    training: { trainingId: 'fire-safety', title: 'Fire safety', type: 'course' },
    learner: { email: 'Ada.Lovelace@example.com' },
    status: { statusListCredential: STATUS_LIST_URL, statusListIndex: 4242 },
    salt: 'c0ffee',
    ...overrides,
  };
}

describe('Open Badges 3.0 credential, checked by Digital Bazaar verifiers', () => {
  let directory: string;
  let issuing: Issuing;
  let site: Map<string, unknown>;

  /** What the service will serve: the DID document and the status list, as of now. */
  async function publish(revokedIndexes: number[] = []): Promise<void> {
    site.set(siteKey(DID_URL), await tenantDidDocument(issuing, TENANT));
    const list = await issueStatusList(issuing, {
      tenantId: TENANT,
      url: STATUS_LIST_URL,
      revokedIndexes,
      updatedAt: new Date('2026-03-03T00:00:00.000Z'),
    });
    site.set(siteKey(STATUS_LIST_URL), JSON.parse(list.toString('utf8')));
  }

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'credentials-'));
    issuing = { keys: new FileIssuerKeys(join(directory, 'issuer-keys')), publicUrl: PUBLIC_URL };
    site = new Map();
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('[R-open-badges-credential] verifies, with the issuer resolved through its did:web document', async () => {
    // Given
    const bytes = await issueCredential(issuing, facts());
    await publish();

    // When
    const result = await independentVerifier(siteFetch(site)).verify(
      JSON.parse(bytes.toString('utf8')),
    );

    // Then
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.results?.[0]?.status).toBe(false);
  });

  it('verifies with real HTTP fetches of the DID document and the status list', async () => {
    // Given a server that serves the site, and an issuer whose PUBLIC_URL is that server
    const server = createServer((request, response) => {
      const body = site.get(`${request.headers.host}${request.url}`);
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const served: Issuing = { ...issuing, publicUrl: origin };
      const listUrl = `${origin}/status/${TENANT}`;
      const bytes = await issueCredential(
        served,
        facts({ status: { statusListCredential: listUrl, statusListIndex: 7 } }),
      );
      const did = tenantDid(served, TENANT);
      site.set(
        siteKey(`${origin}/tenants/${TENANT}/did.json`),
        didDocument(did, await issuing.keys.publicKeys(TENANT)),
      );
      const list = await issueStatusList(served, {
        tenantId: TENANT,
        url: listUrl,
        revokedIndexes: [7],
        updatedAt: new Date('2026-03-03T00:00:00.000Z'),
      });
      site.set(siteKey(listUrl), JSON.parse(list.toString('utf8')));

      // When verified with fetch over the network (did:web names https; the test server is http)
      const result = await independentVerifier((url) =>
        fetch(`http://${url.host}${url.pathname}`),
      ).verify(JSON.parse(bytes.toString('utf8')));

      // Then
      expect(JSON.stringify(result.error, errorMessages)).toBeUndefined();
      expect(result.verified).toBe(true);
      expect(result.statusResult?.results?.[0]?.status).toBe(true);
    } finally {
      server.close();
    }
  });

  it('has no DID document for a tenant before its first credential', async () => {
    expect(await tenantDidDocument(issuing, 'newcomer')).toBeNull();
  });

  it('states what the specification asks, and never the e-mail in clear', async () => {
    const bytes = await issueCredential(issuing, facts());
    const credential = JSON.parse(bytes.toString('utf8'));

    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe('urn:uuid:0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70');
    expect(credential.issuer).toEqual({
      id: 'did:web:localhost%3A3000:tenants:acme',
      type: ['Profile'],
      name: 'Acme Academy',
      url: 'https://academy.example',
    });
    expect(credential.validFrom).toBe('2026-03-02T10:00:00.000Z');
    expect(credential.validUntil).toBe('2099-03-02T10:00:00.000Z');
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Fire safety',
      achievementType: 'Course',
    });
    const expectedHash = createHash('sha256')
      .update('ada.lovelace@example.comc0ffee')
      .digest('hex');
    expect(credential.credentialSubject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        identityHash: `sha256$${expectedHash}`,
        salt: 'c0ffee',
      },
    ]);
    expect(credential.credentialStatus).toEqual({
      id: `${STATUS_LIST_URL}#4242`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '4242',
      statusListCredential: STATUS_LIST_URL,
    });
    expect(credential.proof).toEqual([
      expect.objectContaining({
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: 'did:web:localhost%3A3000:tenants:acme#key-1',
        created: '2026-03-02T10:00:00Z',
      }),
    ]);
    expect(bytes.toString('utf8').toLowerCase()).not.toContain('lovelace');
  });

  it('[R-open-badges-credential] holds its proof in a one-element array, as the Open Badges JSON Schema asks, with the signature of the single proof', async () => {
    // Given: the credential as the service issues it, and the same credential signed by Digital
    // Bazaar's issue() alone, with the same key and time (Ed25519 signatures are deterministic)
    const served = JSON.parse((await issueCredential(issuing, facts())).toString('utf8'));
    const key = await issuing.keys.current(TENANT);
    const did = tenantDid(issuing, TENANT);
    const signer: DigitalBazaar.Signer = {
      algorithm: 'Ed25519',
      id: verificationMethodId(did, key.keyId),
      sign: ({ data }) => key.sign(data),
    };
    const alone = await issue({
      credential: openBadgeCredential(did, facts()),
      suite: new DataIntegrityProof({ signer, date: facts().issuedAt, cryptosuite }),
      documentLoader: packagedContextLoader,
    });
    await publish();

    // Then: a plain JSON validator finds the list of proofs the schema's proof property asks for
    const validate = new Ajv({ strict: false }).compile({
      type: 'object',
      required: ['proof'],
      properties: {
        proof: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['type', 'cryptosuite', 'proofValue'] },
        },
      },
    });
    expect(validate(served)).toBe(true);
    // ... holding the very proof issue() made, and Digital Bazaar's verifier accepts it
    expect(served.proof).toEqual([(alone as { proof: unknown }).proof]);
    const result = await independentVerifier(siteFetch(site)).verify(served);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it.each([
    ['no e-mail', ''],
    ['an e-mail of white space only', '  '],
  ])(
    'names no identity for a learner with %s, instead of the hash of an empty address, and still verifies',
    async (_, email) => {
      // Given: a learner the service holds no e-mail for (no profile was recorded)
      const bytes = await issueCredential(issuing, facts({ learner: { email } }));
      await publish();
      const credential = JSON.parse(bytes.toString('utf8'));

      // Then: the subject says what was achieved, and no identifier anyone could match
      expect(credential.credentialSubject).not.toHaveProperty('identifier');
      expect(credential.credentialSubject).toMatchObject({
        type: ['AchievementSubject'],
        achievement: { name: 'Fire safety' },
      });
      const result = await independentVerifier(siteFetch(site)).verify(credential);
      expect(result.error).toBeUndefined();
      expect(result.verified).toBe(true);
    },
  );

  it('fails verification when a copy is tampered with', async () => {
    const credential = JSON.parse((await issueCredential(issuing, facts())).toString('utf8'));
    await publish();
    const verifier = independentVerifier(siteFetch(site));

    const renamed = { ...credential, name: 'Advanced fire safety' };
    const otherLearner = structuredClone(credential);
    otherLearner.credentialSubject.identifier[0].salt = 'beef';

    for (const tampered of [renamed, otherLearner]) {
      const result = await verifier.verify(tampered);
      expect(result.verified).toBe(false);
      expect(JSON.stringify(result, errorMessages)).toContain('Invalid signature');
    }
  });

  it('fails verification when the issuer DID document does not list the signing key', async () => {
    const credential = JSON.parse((await issueCredential(issuing, facts())).toString('utf8'));
    await publish();
    site.set(siteKey(DID_URL), didDocument(tenantDid(issuing, TENANT), []));

    const result = await independentVerifier(siteFetch(site)).verify(credential);

    expect(result.verified).toBe(false);
    expect(JSON.stringify(result, errorMessages)).toContain('not found');
  });

  it('[R-private-keys-kept] still verifies a credential signed before a key rotation', async () => {
    // Given one credential signed with the first key, one with the second
    const before = await issueCredential(issuing, facts());
    await issuing.keys.rotate(TENANT);
    const after = await issueCredential(
      issuing,
      facts({ certificateId: '5d1f0a34-7b2c-4e9a-8f61-2c3d4e5f6a7b' }),
    );
    await publish();
    const verifier = independentVerifier(siteFetch(site));

    // Then both verify against the DID document that lists both keys
    const [old, current] = [before, after].map((bytes) => JSON.parse(bytes.toString('utf8')));
    expect(old.proof[0].verificationMethod).toMatch(/#key-1$/);
    expect(current.proof[0].verificationMethod).toMatch(/#key-2$/);
    expect((await verifier.verify(old)).verified).toBe(true);
    expect((await verifier.verify(current)).verified).toBe(true);
  });

  it('is reported expired after its validUntil', async () => {
    const credential = JSON.parse((await issueCredential(issuing, facts())).toString('utf8'));
    await publish();

    const result = await independentVerifier(siteFetch(site)).verify(
      credential,
      new Date('2099-04-01T00:00:00Z'),
    );

    expect(result.verified).toBe(false);
    expect(String(result.error)).toContain('validUntil');
  });

  it('[R-open-badges-credential] gives the same bytes for the same facts and key, with a salt of its own per certificate', async () => {
    const withoutSalt = (certificateId: string) => ({
      ...facts({ certificateId }),
      salt: undefined,
    });
    const first = await issueCredential(
      issuing,
      withoutSalt('0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70'),
    );
    const again = await issueCredential(
      issuing,
      withoutSalt('0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70'),
    );
    const other = await issueCredential(
      issuing,
      withoutSalt('5d1f0a34-7b2c-4e9a-8f61-2c3d4e5f6a7b'),
    );

    expect(again.equals(first)).toBe(true);
    const identity = (bytes: Buffer) =>
      JSON.parse(bytes.toString('utf8')).credentialSubject.identifier[0];
    expect(identity(other).salt).not.toBe(identity(first).salt);
    expect(identity(other).identityHash).not.toBe(identity(first).identityHash);
  });

  it('refuses a status list index outside the list', async () => {
    const at = (statusListIndex: number) =>
      issueCredential(
        issuing,
        facts({ status: { statusListCredential: STATUS_LIST_URL, statusListIndex } }),
      );

    await expect(at(-1)).rejects.toThrow(RangeError);
    await expect(at(131_072)).rejects.toThrow(RangeError);
    await expect(at(1.5)).rejects.toThrow(RangeError);
  });
});

/** Errors serialise as `{}`; this keeps their messages so a test can say why verification failed. */
function errorMessages(_key: string, value: unknown): unknown {
  return value instanceof Error ? { message: value.message, cause: value.cause } : value;
}
