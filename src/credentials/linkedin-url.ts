/** What LinkedIn's "Add to profile" form is pre-filled with for one certificate. */
export interface LinkedInCertification {
  /** The training's title. */
  readonly name: string;
  /** The issuer's display name (the tenant id until a profile exists). */
  readonly organizationName: string;
  /** The certificate's issue time (ISO 8601); its year and month are read in UTC. */
  readonly issuedAt: string;
  /** When it stops being valid; null: it never expires. */
  readonly validUntil: string | null;
  /** The verification URL. */
  readonly certUrl: string;
  /** The certificate's number; null until the numbering has reached it (then left out). */
  readonly certId: string | null;
}

/** LinkedIn's Add to Profile URL for a certification, as SPEC §5 lists its parameters. */
export function linkedInUrl(certification: LinkedInCertification): string {
  const issued = new Date(certification.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: certification.name,
    organizationName: certification.organizationName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
  });
  if (certification.validUntil !== null) {
    const expires = new Date(certification.validUntil);
    params.set('expirationYear', String(expires.getUTCFullYear()));
    params.set('expirationMonth', String(expires.getUTCMonth() + 1));
  }
  params.set('certUrl', certification.certUrl);
  if (certification.certId !== null) params.set('certId', certification.certId);
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
