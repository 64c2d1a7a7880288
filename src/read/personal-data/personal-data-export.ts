import { refuse } from '../../core/domain-error';
import { verificationUrl } from '../../credentials/public-urls';
import {
  LEARNER_TRAININGS,
  type LearnerTrainingDoc,
  learnerTrainingsProjection,
} from '../learner-trainings/learner-trainings.projection';
import {
  type LearnerProfileDoc,
  profileKey,
  progressReportProjection,
  REPORT_PROFILES,
} from '../progress-report/progress-report.projection';
import {
  PUBLIC_CERTIFICATES,
  type PublicCertificateDoc,
  publicCertificatesProjection,
} from '../public-certificates/public-certificates.projection';
import type { ReadModels } from '../read-models';
import { reportsListing } from './erasure-scope';

/**
 * Everything the service holds about a learner (SPEC §5 "Personal data"), from the read models:
 * the profile and its history, enrolments and progress, certificates with their file hashes, and
 * the reports whose files list them. After an erasure, only that it happened.
 */
export async function personalDataExport(
  reads: ReadModels,
  publicUrl: string,
  tenant: string,
  learnerId: string,
) {
  const profile = await reads.get<LearnerProfileDoc>(
    progressReportProjection.name,
    REPORT_PROFILES,
    profileKey(tenant, learnerId),
  );
  if (profile?.erasedAt) return { learnerId, erased: true as const, erasedAt: profile.erasedAt };
  const where = { tenant, learnerId };
  const enrolments = await reads.find<LearnerTrainingDoc>(
    learnerTrainingsProjection.name,
    LEARNER_TRAININGS,
    { where, orderBy: 'trainingId' },
  );
  if (!profile && enrolments.length === 0)
    return refuse('not-found', `No learner ${learnerId} in this tenant`);
  const certificates = await reads.find<PublicCertificateDoc>(
    publicCertificatesProjection.name,
    PUBLIC_CERTIFICATES,
    { where, orderBy: 'issuedAt' },
  );
  const reports = await reportsListing(reads, tenant, learnerId);
  const current = profile?.versions.at(-1);
  return {
    learnerId,
    erased: false as const,
    profile: current ? { name: current.name, email: current.email } : null,
    // Each version shows in progress reports from the cut-off of its day on.
    profileHistory: (profile?.versions ?? []).map(({ visibleFrom, name, email }) => ({
      ...{ shownInReportsFrom: visibleFrom, name, email },
    })),
    enrolments: enrolments.map(({ trainingId, enrolledAt, progress, completedAt }) => ({
      ...{ trainingId, enrolledAt, progress, completedAt },
    })),
    certificates: certificates.map((doc) => ({
      ...{ certificateId: doc.certificateId, trainingId: doc.trainingId, status: doc.status },
      number: doc.number ?? null,
      ...{ templateId: doc.templateId, version: doc.version, issuedAt: doc.issuedAt },
      ...{ validUntil: doc.validUntil, file: doc.file, revokedAt: doc.revokedAt },
      ...{
        deletedAt: doc.deletedAt,
        verificationUrl: verificationUrl(publicUrl, doc.certificateId),
      },
    })),
    reports: reports.map(({ reportId, trainingId, cutoff, completedAt, redactedAt }) => ({
      ...{ reportId, trainingId, cutoff, completedAt, redactedAt: redactedAt ?? null },
    })),
  };
}
