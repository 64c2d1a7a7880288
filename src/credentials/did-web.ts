/**
 * The tenant's issuer identifier, `did:web:{host}:tenants:{tenantId}`, which resolvers turn into
 * `https://{host}/tenants/{tenantId}/did.json`. The host keeps its port, written `%3A`; a
 * PUBLIC_URL with a path (`https://example.org/certificates`) adds its segments before `tenants`.
 */
export function issuerDid(publicUrl: string, tenantId: string): string {
  const { host, pathname } = new URL(publicUrl);
  const segments = [...pathname.split('/').filter(Boolean), 'tenants', tenantId];
  return ['did:web', host, ...segments]
    .map((part, i) => (i === 0 ? part : encodeURIComponent(part)))
    .join(':');
}

/** A key's verification method: the DID and the key's own id as the fragment. */
export function verificationMethodId(did: string, keyId: string): string {
  return `${did}#${keyId}`;
}
