import { verificationMethodId } from './did-web';
import { tenantDid, type Issuing } from './issuing';
import type { IssuerPublicKey } from './issuer-keys';
import { DID_CONTEXT, MULTIKEY_CONTEXT } from './json-ld-contexts';

export interface MultikeyVerificationMethod {
  readonly id: string;
  readonly type: 'Multikey';
  readonly controller: string;
  readonly publicKeyMultibase: string;
}

export interface DidDocument {
  readonly '@context': readonly string[];
  readonly id: string;
  readonly verificationMethod: readonly MultikeyVerificationMethod[];
  readonly assertionMethod: readonly string[];
}

/**
 * The issuer's DID document: every key it has signed with, current and rotated, as an Ed25519
 * Multikey allowed to assert credentials, so a credential signed before a rotation still verifies.
 */
export function didDocument(did: string, keys: readonly IssuerPublicKey[]): DidDocument {
  const verificationMethod = keys.map(
    ({ keyId, publicKeyMultibase }): MultikeyVerificationMethod => ({
      id: verificationMethodId(did, keyId),
      type: 'Multikey',
      controller: did,
      publicKeyMultibase,
    }),
  );
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod,
    assertionMethod: verificationMethod.map(({ id }) => id),
  };
}

/** The DID document `GET /tenants/{tenantId}/did.json` serves; null (a 404) before the tenant's first key. */
export async function tenantDidDocument(
  issuing: Issuing,
  tenantId: string,
): Promise<DidDocument | null> {
  const keys = await issuing.keys.publicKeys(tenantId);
  return keys.length === 0 ? null : didDocument(tenantDid(issuing, tenantId), keys);
}
