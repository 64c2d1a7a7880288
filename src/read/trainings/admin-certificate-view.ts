import type { CertificateRecord } from '../learner-trainings/learner-trainings.projection';

/** One row of a training's certificates list, for admins: with its validity and any revocation. */
export function adminCertificateView(
  learnerId: string,
  certificate: CertificateRecord,
  revocationReason: string | null,
) {
  const { certificateId, status, templateId, version, firstGeneratedAt, generatedAt } = certificate;
  const { revokedAt = null } = certificate;
  return {
    ...{ learnerId, certificateId, status, templateId, version, firstGeneratedAt, generatedAt },
    validUntil: certificate.validUntil ?? null,
    ...(revokedAt !== null && { revokedAt }),
    // None once the learner was erased: a reason is free text, so the learner's data.
    ...(revokedAt !== null && revocationReason !== null && { revocationReason }),
  };
}
