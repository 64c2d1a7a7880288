import { refuse } from '../../core/domain-error';
import { verificationUrl } from '../../credentials/public-urls';
import { type EventLog, ofType, type Position } from '../../event-store/event-store';
import { archivesHolding } from '../certificate-archives/archive-contents';
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
 * the profile and its history, enrolments and progress, certificates with their file hashes, the
 * reports and archives whose files list them; and from the log, the credentials issued into
 * their wallets with the holder's DID (sealed in the log, kept in no read model). After an
 * erasure, only that it happened.
 */
export async function personalDataExport(
  reads: ReadModels,
  log: Pick<EventLog, 'readTenantLog'>,
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
  const archives = await archivesHolding(reads, tenant, learnerId);
  const walletCredentials = await walletCredentialsOf(log, tenant, learnerId);
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
    archives: archives.map(
      ({ archiveId, trainingId, asOf, completedAt, expiresAt, removedAt }) => ({
        ...{ archiveId, trainingId, asOf, completedAt, expiresAt, removedAt },
      }),
    ),
    walletCredentials,
  };
}

/** A page of the tenant's wallet issuances: the export reads them all, a page at a time. */
const PAGE = 1000;

/**
 * The credentials issued into the learner's wallets, oldest first, with the holder's DID opened
 * under the learner's key. Read from the tenant's log by type: an export is rare, and no read
 * model keeps a holder's DID.
 */
async function walletCredentialsOf(
  log: Pick<EventLog, 'readTenantLog'>,
  tenant: string,
  learnerId: string,
) {
  const issued = [];
  let after: Position | undefined;
  for (;;) {
    const page = await log.readTenantLog({
      tenant,
      type: 'WalletCredentialIssued',
      limit: PAGE,
      ...(after !== undefined && { after }),
    });
    for (const { data } of page.filter(ofType('WalletCredentialIssued')))
      if (data.learnerId === learnerId)
        issued.push({
          ...{ certificateId: data.certificateId, trainingId: data.trainingId },
          ...{ credentialId: data.credentialId, sha256: data.sha256 },
          ...{ holder: data.holder, issuedAt: data.issuedAt },
        });
    if (page.length < PAGE) return issued;
    after = page.at(-1)!.position;
  }
}
