import { issuerDid } from './did-web';
import type { IssuerKeys } from './issuer-keys';

/** What signing needs besides the facts: the key custody and the service's public address. */
export interface Issuing {
  readonly keys: IssuerKeys;
  /** PUBLIC_URL, e.g. `http://localhost:3000`; the issuer DID is derived from its host. */
  readonly publicUrl: string;
}

export function tenantDid(issuing: Issuing, tenantId: string): string {
  return issuerDid(issuing.publicUrl, tenantId);
}

export const ISSUING = Symbol('Issuing');
