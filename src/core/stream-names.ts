/**
 * Stream names show the aggregate's category, then its tenant, then its id: `training-acme:c1`.
 * Ids never contain ':' (see ids.ts) and categories never contain '-', so a name parses back
 * unambiguously. Platform-wide streams use the tenant `_platform`, which no tenant id can be.
 */
export const PLATFORM_TENANT = '_platform';

export const streams = {
  certificatesFeature: (tenant: string) => `certificatesFeature-${tenant}`,
  template: (owner: string, templateId: string) => `template-${owner}:${templateId}`,
  training: (tenant: string, trainingId: string) => `training-${tenant}:${trainingId}`,
  learner: (tenant: string, learnerId: string) => `learner-${tenant}:${learnerId}`,
  enrollment: (tenant: string, trainingId: string, learnerId: string) =>
    `enrollment-${tenant}:${trainingId}:${learnerId}`,
  certificate: (tenant: string, trainingId: string, learnerId: string) =>
    `certificate-${tenant}:${trainingId}:${learnerId}`,
  report: (tenant: string, reportId: string) => `report-${tenant}:${reportId}`,
  certificateArchive: (tenant: string, archiveId: string) =>
    `certificateArchive-${tenant}:${archiveId}`,
  cutoffs: () => `cutoffs-${PLATFORM_TENANT}`,
  issuerProfile: (tenant: string) => `issuerProfile-${tenant}`,
  issuerKeys: (tenant: string) => `issuerKeys-${tenant}`,
  statusList: (tenant: string) => `statusList-${tenant}`,
  certificateNumbers: (tenant: string) => `certificateNumbers-${tenant}`,
  notificationSettings: (tenant: string) => `notificationSettings-${tenant}`,
  webhook: (tenant: string, webhookId: string) => `webhook-${tenant}:${webhookId}`,
  certificateNotices: (tenant: string, certificateId: string) =>
    `certificateNotices-${tenant}:${certificateId}`,
  credentialOffer: (tenant: string, offerId: string) => `credentialOffer-${tenant}:${offerId}`,
};

export function tenantOfStream(stream: string): string | null {
  const match = /^[A-Za-z]+-([^:]+)/.exec(stream);
  return match?.[1] ?? null;
}
