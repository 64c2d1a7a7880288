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

/** Where achievements' pictures are served. */
export const ACHIEVEMENT_IMAGES_PATH = '/api/v1/public/achievement-images/';

/** An achievement's picture: immutable, one per title, logo and issuer name of a training. */
export const achievementImageUrl = (publicUrl: string, imageId: string) =>
  `${base(publicUrl)}${ACHIEVEMENT_IMAGES_PATH}${imageId}.png`;
