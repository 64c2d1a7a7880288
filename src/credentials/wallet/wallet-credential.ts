import { createHash } from 'node:crypto';
import type { IssuerSigningKey } from '../issuer-keys';
import { tenantDid, type Issuing } from '../issuing';
import { signCredential } from '../sign-credential';

/**
 * The certificate's credential bound to a wallet holder: the stored credential's statements —
 * achievement, validity, status entry — unchanged, with `credentialSubject.id` the holder's DID
 * and an id of its own, signed again (`eddsa-rdfc-2022`) with the tenant's current key. It shares
 * the certificate's status list entry, so a revocation reaches this copy too.
 *
 * `key` is the tenant's current key when the caller already asked for it (while it checked the
 * holder's proof); by default it is read here.
 */
export async function walletCredential(
  issuing: Issuing,
  tenantId: string,
  stored: Buffer,
  binding: { readonly credentialId: string; readonly holder: string; readonly issuedAt: Date },
  key: Promise<IssuerSigningKey> = issuing.keys.current(tenantId),
): Promise<{ readonly credential: Record<string, unknown>; readonly sha256: string }> {
  const { proof: _signedForTheCertificate, ...certificate } = JSON.parse(
    stored.toString('utf8'),
  ) as Record<string, unknown> & { credentialSubject: Record<string, unknown> };
  const bound = {
    ...certificate,
    id: binding.credentialId,
    credentialSubject: { id: binding.holder, ...certificate.credentialSubject },
  };
  const did = tenantDid(issuing, tenantId);
  const bytes = await signCredential(bound, await key, did, binding.issuedAt, { proofs: 'list' });
  return {
    credential: JSON.parse(bytes.toString('utf8')) as Record<string, unknown>,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
