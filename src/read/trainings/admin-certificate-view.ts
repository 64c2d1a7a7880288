import type { CertificateRecord } from '../learner-trainings/learner-trainings.projection';

/** One row of a training's certificates list, for admins: with its validity and any revocation. */
export function adminCertificateView(learnerId: string, certificate: CertificateRecord) {
  const { certificateId, status, templateId, version, firstGeneratedAt, generatedAt } = certificate;
  const { revokedAt = null, revocationReason = null } = certificate;
  return {
    ...{ learnerId, certificateId, status, templateId, version, firstGeneratedAt, generatedAt },
    number: certificate.number ?? null,
    validUntil: certificate.validUntil ?? null,
    ...(revokedAt !== null && { revokedAt, revocationReason }),
  };
}
