import { gzipSync } from 'node:zlib';
import { tenantDid, type Issuing } from './issuing';
import { VC_V2_CONTEXT } from './json-ld-contexts';
import { signCredential } from './sign-credential';

/** Entries per list: the minimum W3C Bitstring Status List v1.0 sets, for herd privacy. */
export const STATUS_LIST_LENGTH = 131_072;

export const STATUS_PURPOSE = 'revocation';

export interface StatusListFacts {
  readonly tenantId: string;
  /** Where the list is served: its `id`, and the `statusListCredential` of every entry in it. */
  readonly url: string;
  /** Indexes whose certificates are revoked or deleted. */
  readonly revokedIndexes: Iterable<number>;
  /** The time of the last change to the list, from the log: `validFrom` and the proof's `created`. */
  readonly updatedAt: Date;
}

/**
 * The tenant's signed `BitstringStatusListCredential`. Everything in it comes from the facts, and
 * Ed25519 signatures are deterministic, so the same revocations at the same time give the same bytes
 * (with the same key) — a rebuilt projection serves what the live one did.
 */
export async function issueStatusList(issuing: Issuing, facts: StatusListFacts): Promise<Buffer> {
  const did = tenantDid(issuing, facts.tenantId);
  const key = await issuing.keys.current(facts.tenantId);
  const credential = {
    '@context': [VC_V2_CONTEXT],
    id: facts.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: did,
    validFrom: facts.updatedAt.toISOString(),
    credentialSubject: {
      id: `${facts.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: STATUS_PURPOSE,
      encodedList: encodeStatusList(facts.revokedIndexes),
    },
  };
  return signCredential(credential, key, did, facts.updatedAt);
}

/**
 * The spec's encoding: a bitstring where index 0 is the first byte's most significant bit,
 * GZIP-compressed, then multibase base64url without padding (prefix `u`).
 */
export function encodeStatusList(revokedIndexes: Iterable<number>): string {
  const bits = Buffer.alloc(STATUS_LIST_LENGTH / 8);
  for (const index of revokedIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_LENGTH)
      throw new RangeError(`Status list index out of range: ${index}`);
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}
