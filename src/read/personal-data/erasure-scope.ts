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
  const listing: ReportDoc[] = [];
  for (const [trainingId, from] of await firstVisible(reads, tenant, learnerId)) {
    const reports = await reads.find<ReportDoc>(reportsProjection.name, REPORTS, {
      where: { tenant, trainingId, status: 'done' },
    });
    listing.push(...reports.filter((report) => lists(report, from)));
  }
  return listing;
}

/** Whether the report's file lists the learner (as `reportsListing` decides). */
export async function reportLists(
  reads: ReadModels,
  report: ReportDoc,
  learnerId: string,
): Promise<boolean> {
  const from = (await firstVisible(reads, report.tenant, learnerId)).get(report.trainingId);
  return from !== undefined && lists(report, from);
}

const lists = (report: ReportDoc, visibleFrom: string): boolean =>
  report.cutoff.slice(0, 10) >= visibleFrom;

/** Per training of the learner, the first day from which their row shows in reports. */
async function firstVisible(reads: ReadModels, tenant: string, learnerId: string) {
  const versions = await reads.find<RowVersion>(progressReportProjection.name, REPORT_ROWS, {
    where: { tenant, learnerId },
  });
  const first = new Map<string, string>();
  for (const { trainingId, visibleFrom } of versions) {
    const known = first.get(trainingId);
    if (known === undefined || visibleFrom < known) first.set(trainingId, visibleFrom);
  }
  return first;
}
