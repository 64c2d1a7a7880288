import type { CertificateRecord } from '../learner-trainings/learner-trainings.projection';
import { shownStatus } from '../learner-trainings/learning-record';

/** One row of a training's certificates list, for admins: with its validity, lineage and revocation. */
export function adminCertificateView(
  learnerId: string,
  certificate: CertificateRecord,
  revocationReason: string | null,
  now: Date,
) {
  const { certificateId, templateId, version, firstGeneratedAt, generatedAt } = certificate;
  const { revokedAt = null, renews, renewedBy } = certificate;
  return {
    ...{ learnerId, certificateId, number: certificate.number ?? null },
    cycle: certificate.cycle ?? 1,
    status: shownStatus(certificate, now),
    ...{ templateId, version, firstGeneratedAt, generatedAt },
    validUntil: certificate.validUntil ?? null,
    ...(renews && { renews }),
    ...(renewedBy && { renewedBy }),
    ...(revokedAt !== null && { revokedAt }),
    // None once the learner was erased: a reason is free text, so the learner's data.
    ...(revokedAt !== null && revocationReason !== null && { revocationReason }),
  };
}

/** A learner's certificates: earlier cycles' first, then the current one; deleted ones are not listed. */
export function certificatesOf(doc: {
  readonly certificate: CertificateRecord | null;
  readonly previousCertificates?: readonly CertificateRecord[];
}): CertificateRecord[] {
  return [
    ...(doc.previousCertificates ?? []),
    ...(doc.certificate ? [doc.certificate] : []),
  ].filter((record) => record.status !== 'deleted');
}
