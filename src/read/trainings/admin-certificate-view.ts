import type { CertificateRecord } from '../learner-trainings/learner-trainings.projection';
import { shownStatus } from '../learner-trainings/learning-record';

/** One row of a training's certificates list, for admins: with its validity, lineage and revocation. */
export function adminCertificateView(learnerId: string, certificate: CertificateRecord, now: Date) {
  const { certificateId, templateId, version, firstGeneratedAt, generatedAt } = certificate;
  const { revokedAt = null, revocationReason = null, renews, renewedBy } = certificate;
  return {
    ...{ learnerId, certificateId, number: certificate.number ?? null },
    cycle: certificate.cycle ?? 1,
    status: shownStatus(certificate, now),
    ...{ templateId, version, firstGeneratedAt, generatedAt },
    validUntil: certificate.validUntil ?? null,
    ...(renews && { renews }),
    ...(renewedBy && { renewedBy }),
    ...(revokedAt !== null && { revokedAt, revocationReason }),
  };
}

/** A learner's rows: earlier cycles' certificates first, then the current one (a deleted one is not listed). */
export function adminCertificateRows(
  doc: {
    readonly learnerId: string;
    readonly certificate: CertificateRecord | null;
    readonly previousCertificates?: readonly CertificateRecord[];
  },
  now: Date,
) {
  return [...(doc.previousCertificates ?? []), ...(doc.certificate ? [doc.certificate] : [])]
    .filter((record) => record.status !== 'deleted')
    .map((record) => adminCertificateView(doc.learnerId, record, now));
}
