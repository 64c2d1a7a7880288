/** A public key the tenant has signed with, now or before a rotation. */
export interface IssuerPublicKey {
  /** Stable within the tenant; the fragment of the key's verification method. */
  readonly keyId: string;
  /** The Ed25519 public key as a Multikey `publicKeyMultibase` (`z6Mk…`). */
  readonly publicKeyMultibase: string;
  readonly createdAt: string;
}

/** The key that signs now. The private key stays inside the adapter: callers only ask for signatures. */
export interface IssuerSigningKey extends IssuerPublicKey {
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * Custody of the tenants' Ed25519 issuer keys, outside the event log: a folder by default; a
 * KMS-style provider implements the same port.
 */
export interface IssuerKeys {
  /** The tenant's current key; the first call for a tenant creates it. */
  current(tenantId: string): Promise<IssuerSigningKey>;
  /** Every public key of the tenant, oldest first, the current one last; none before the first use. */
  publicKeys(tenantId: string): Promise<readonly IssuerPublicKey[]>;
  /** Makes a new current key; the old ones stop signing but stay listed, so what they signed verifies. */
  rotate(tenantId: string): Promise<IssuerPublicKey>;
}

export class IssuerKeyError extends Error {}
