import { isExpired, isRenewalOpen, renewalOpensAt } from '../../core/certificate-validity';
import { linkedInUrl } from '../../credentials/linkedin-url';
import { verificationUrl } from '../../credentials/public-urls';
import type { CertificateRecord, LearnerTrainingDoc } from './learner-trainings.projection';
import type { TrainingDoc } from '../trainings/trainings.projection';

export type LearningStatus = 'not-started' | 'in-progress' | 'completed';

/** What a view shows of a certificate's lifecycle: `expired` is decided when asked (one rule). */
export function shownStatus<Status extends CertificateRecord['status']>(
  record: { readonly status: Status; readonly validUntil: string | null },
  now: Date,
): Status | 'expired' {
  return record.status === 'generated' && isExpired(record.validUntil, now)
    ? 'expired'
    : record.status;
}

/**
 * What the learner's "Learning records" page shows for one training. `available` means the
 * "Generate certificate" button, `generated` the "Open certificate" one.
 */
export function learningRecord(
  record: LearnerTrainingDoc,
  training: TrainingDoc | null,
  featureOn: boolean,
  publicUrl: string,
  now: Date,
  /** The issuer's display name (the tenant id until a profile exists), for the LinkedIn link. */
  issuerName: string,
) {
  const status: LearningStatus =
    record.completedAt !== null ? 'completed' : record.progress > 0 ? 'in-progress' : 'not-started';
  return {
    trainingId: record.trainingId,
    title: training?.title ?? null,
    type: training?.type ?? null,
    progress: record.progress,
    status,
    enrolledAt: record.enrolledAt,
    completedAt: record.completedAt,
    cycle: record.cycle ?? 1,
    certificate: certificateView(record, training, featureOn, { publicUrl, issuerName }, now),
    renewal: renewal(record.certificate, now),
    previousCertificates: (record.previousCertificates ?? []).map((previous) => ({
      certificateId: previous.certificateId,
      number: previous.number ?? null,
      status: shownStatus(previous, now),
      validUntil: previous.validUntil,
      ...(previous.renewedBy && { renewedBy: previous.renewedBy }),
    })),
  };
}

/** Renewal of the current cycle's certificate: only a generated one with a validity has one. */
function renewal(current: CertificateRecord | null, now: Date) {
  if (current?.status !== 'generated' || !current.validUntil) return null;
  const window = current.renewalWindowDays;
  if (window === undefined || window === null) return null;
  return {
    opensAt: renewalOpensAt(current.validUntil, window).toISOString(),
    open: isRenewalOpen(current.validUntil, window, now),
  };
}

function certificateView(
  record: LearnerTrainingDoc,
  training: TrainingDoc | null,
  featureOn: boolean,
  { publicUrl, issuerName }: { readonly publicUrl: string; readonly issuerName: string },
  now: Date,
) {
  const current = record.certificate;
  const status = current?.status;
  if (current && status !== undefined && status !== 'deleted') {
    const { certificateId, templateId, version, firstGeneratedAt, generatedAt } = current;
    const validUntil = current.validUntil ?? null;
    return {
      status: shownStatus({ status, validUntil }, now),
      certificateId,
      ...(current.number != null && { number: current.number }),
      templateId,
      version,
      firstGeneratedAt,
      ...(generatedAt !== null && { generatedAt }),
      ...(validUntil !== null && { validUntil }),
      ...(current.renews && { renews: current.renews }),
      // Only an issued certificate has a public page to point at.
      ...((current.status === 'generated' || current.status === 'revoked') && {
        verificationUrl: verificationUrl(publicUrl, certificateId),
      }),
      ...(current.status === 'generated' && {
        linkedInUrl: linkedInUrl({
          ...{ name: training?.title ?? record.trainingId, organizationName: issuerName },
          ...{ issuedAt: current.issuedAt ?? generatedAt ?? firstGeneratedAt, validUntil },
          certUrl: verificationUrl(publicUrl, certificateId),
          certId: current.number ?? null,
        }),
      }),
    };
  }
  const available = featureOn && record.completedAt !== null && training?.certificate != null;
  return {
    status: available ? ('available' as const) : ('unavailable' as const),
    ...(current && { firstGeneratedAt: current.firstGeneratedAt }),
  };
}
