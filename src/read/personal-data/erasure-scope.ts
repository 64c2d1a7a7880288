import {
  REPORT_ROWS,
  type RowVersion,
  progressReportProjection,
} from '../progress-report/progress-report.projection';
import {
  PUBLIC_CERTIFICATES,
  type PublicCertificateDoc,
  publicCertificatesProjection,
} from '../public-certificates/public-certificates.projection';
import { REPORTS, type ReportDoc, reportsProjection } from '../reports/reports.projection';
import type { ReadModels } from '../read-models';

/** Every certificate ever requested for the learner, in any training and any state. */
export async function learnerCertificates(
  reads: ReadModels,
  tenant: string,
  learnerId: string,
): Promise<string[]> {
  const docs = await reads.find<PublicCertificateDoc>(
    publicCertificatesProjection.name,
    PUBLIC_CERTIFICATES,
    { where: { tenant, learnerId } },
  );
  return docs.map((doc) => doc.certificateId);
}

/**
 * The done reports whose file lists the learner: reports of their trainings as of a cut-off
 * from which their row was visible.
 */
export async function reportsListing(
  reads: ReadModels,
  tenant: string,
  learnerId: string,
): Promise<ReportDoc[]> {
  const versions = await reads.find<RowVersion>(progressReportProjection.name, REPORT_ROWS, {
    where: { tenant, learnerId },
  });
  const firstVisible = new Map<string, string>();
  for (const { trainingId, visibleFrom } of versions) {
    const known = firstVisible.get(trainingId);
    if (known === undefined || visibleFrom < known) firstVisible.set(trainingId, visibleFrom);
  }
  const listing: ReportDoc[] = [];
  for (const [trainingId, from] of firstVisible) {
    const reports = await reads.find<ReportDoc>(reportsProjection.name, REPORTS, {
      where: { tenant, trainingId, status: 'done' },
    });
    listing.push(...reports.filter((report) => report.cutoff.slice(0, 10) >= from));
  }
  return listing;
}
