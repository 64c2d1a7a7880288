import type { DomainEvent } from '../../../core/decider';

/** A tenant as a certificate issuer: what certificates, credentials and public pages name. */
export type IssuerProfileEvent = DomainEvent<
  'IssuerProfileRecorded',
  {
    tenantId: string;
    name: string;
    url: string | null;
    email: string | null;
    /** A `data:image/png;base64,…` or `data:image/svg+xml;base64,…` URI, at most 256 KB. */
    logo: string | null;
    recordedBy: string;
    recordedAt: string;
  }
>;
