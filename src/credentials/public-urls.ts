/** The public addresses of a certificate and of its tenant's documents, under PUBLIC_URL. */
const base = (publicUrl: string) => publicUrl.replace(/\/$/, '');

export const verificationUrl = (publicUrl: string, certificateId: string) =>
  `${base(publicUrl)}/verify/${certificateId}`;

export const credentialUrl = (publicUrl: string, certificateId: string) =>
  `${base(publicUrl)}/api/v1/public/certificates/${certificateId}/credential`;

export const badgeUrl = (publicUrl: string, certificateId: string) =>
  `${base(publicUrl)}/api/v1/public/certificates/${certificateId}/badge.png`;

export const statusListUrl = (publicUrl: string, tenantId: string) =>
  `${base(publicUrl)}/tenants/${tenantId}/status-lists/revocation`;
