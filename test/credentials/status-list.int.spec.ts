import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { didDocument } from '../../src/credentials/did-document';
import { FileIssuerKeys } from '../../src/credentials/file-issuer-keys';
import { tenantDid, type Issuing } from '../../src/credentials/issuing';
import { issueCredential } from '../../src/credentials/open-badge-credential';
import { issueStatusList, STATUS_LIST_LENGTH } from '../../src/credentials/status-list';
import { independentVerifier, siteFetch, siteKey } from './independent-verifier';

const PUBLIC_URL = 'http://localhost:3000';
const TENANT = 'acme';
const LIST_URL = `${PUBLIC_URL}/api/v1/public/status-lists/${TENANT}`;
interface SignedList {
  type: string[];
  credentialSubject: { encodedList: string } & Record<string, unknown>;
  proof: Record<string, unknown>;
}

const UPDATED_AT = new Date('2026-03-03T00:00:00.000Z');

describe('Bitstring status list, read by @digitalbazaar/vc-bitstring-status-list', () => {
  let directory: string;
  let issuing: Issuing;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'status-list-'));
    issuing = { keys: new FileIssuerKeys(join(directory, 'keys')), publicUrl: PUBLIC_URL };
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  async function credentialAt(index: number): Promise<unknown> {
    const bytes = await issueCredential(issuing, {
      tenantId: TENANT,
      certificateId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      issuedAt: new Date('2026-03-02T10:00:00.000Z'),
      issuer: { name: 'Acme Academy' },
      training: { trainingId: 'fire-safety', title: 'Fire safety', type: 'pathway' },
      learner: { email: 'ada@example.com' },
      status: { statusListCredential: LIST_URL, statusListIndex: index },
    });
    return JSON.parse(bytes.toString('utf8'));
  }

  async function siteWith(revokedIndexes: number[]): Promise<Map<string, unknown>> {
    const list = await issueStatusList(issuing, {
      tenantId: TENANT,
      url: LIST_URL,
      revokedIndexes,
      updatedAt: UPDATED_AT,
    });
    const did = tenantDid(issuing, TENANT);
    return new Map<string, unknown>([
      [siteKey(LIST_URL), JSON.parse(list.toString('utf8'))],
      [
        siteKey(`${PUBLIC_URL}/tenants/${TENANT}/did.json`),
        didDocument(did, await issuing.keys.publicKeys(TENANT)),
      ],
    ]);
  }

  it.each([0, 7, 8, 4242, STATUS_LIST_LENGTH - 1])(
    'says revoked for revoked index %i, and not revoked for its neighbours',
    async (index) => {
      const verifier = independentVerifier(siteFetch(await siteWith([index])));
      const neighbours = [index - 1, index + 1].filter((i) => i >= 0 && i < STATUS_LIST_LENGTH);

      const revoked = await verifier.checkStatus(await credentialAt(index));
      expect(revoked.error).toBeUndefined();
      expect(revoked.results?.[0]?.status).toBe(true);
      for (const neighbour of neighbours) {
        const other = await verifier.checkStatus(await credentialAt(neighbour));
        expect(other.verified).toBe(true);
        expect(other.results?.[0]?.status).toBe(false);
      }
    },
  );

  it('[R-open-badges-credential] makes a full verification of a revoked credential report its status', async () => {
    const credential = await credentialAt(99);

    const result = await independentVerifier(siteFetch(await siteWith([5, 99]))).verify(credential);

    // @digitalbazaar/vc verifies the signature; the status result says it is revoked.
    expect(result.statusResult?.results?.[0]?.status).toBe(true);
  });

  it('is a signed BitstringStatusListCredential of 131,072 entries or more', async () => {
    const site = await siteWith([1, 2, 3]);
    const list = site.get(siteKey(LIST_URL)) as SignedList;

    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(list.credentialSubject).toMatchObject({
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
    });
    expect(list.credentialSubject.encodedList).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(
      (await decodeList({ encodedList: list.credentialSubject.encodedList })).length,
    ).toBeGreaterThanOrEqual(131_072);
    expect(list.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
    });
    expect((await independentVerifier(siteFetch(site)).verify(list)).verified).toBe(true);
  });

  it('is not accepted when its list was changed after signing', async () => {
    const credential = await credentialAt(99);
    const site = await siteWith([99]);
    const forged = (await siteWith([])).get(siteKey(LIST_URL)) as SignedList;
    const signedRevoked = site.get(siteKey(LIST_URL)) as SignedList;
    site.set(siteKey(LIST_URL), {
      ...signedRevoked,
      credentialSubject: forged.credentialSubject,
    });

    const result = await independentVerifier(siteFetch(site)).checkStatus(credential);

    expect(result.verified).toBe(false);
  });

  it('gives the same bytes for the same revocations and time', async () => {
    const facts = {
      tenantId: TENANT,
      url: LIST_URL,
      revokedIndexes: [3, 1, 2],
      updatedAt: UPDATED_AT,
    };

    const first = await issueStatusList(issuing, facts);
    const second = await issueStatusList(issuing, { ...facts, revokedIndexes: new Set([1, 2, 3]) });

    expect(second.equals(first)).toBe(true);
  });
});
