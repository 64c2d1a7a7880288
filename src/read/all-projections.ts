import { certificateArchivesProjection } from './certificate-archives/certificate-archives.projection';
import { featuresProjection } from './features/features.projection';
import { issuerProfilesProjection } from './issuer-profiles/issuer-profiles.projection';
import { learnerTrainingsProjection } from './learner-trainings/learner-trainings.projection';
import { notificationSettingsProjection } from './notifications/notification-settings.projection';
import { progressReportProjection } from './progress-report/progress-report.projection';
import type { Projection } from '../projections/projection';
import { publicCertificatesProjection } from './public-certificates/public-certificates.projection';
import { reportsProjection } from './reports/reports.projection';
import { statusListsProjection } from './status-lists/status-lists.projection';
import { templatesProjection } from './templates/templates.projection';
import { webhooksProjection } from './webhooks/webhooks.projection';
import { trainingsProjection } from './trainings/trainings.projection';

export const ALL_PROJECTIONS: readonly Projection[] = [
  featuresProjection,
  templatesProjection,
  trainingsProjection,
  learnerTrainingsProjection,
  progressReportProjection,
  reportsProjection,
  issuerProfilesProjection,
  publicCertificatesProjection,
  statusListsProjection,
  notificationSettingsProjection,
  webhooksProjection,
  certificateArchivesProjection,
];

export function projectionNamed(name: string): Projection | undefined {
  return ALL_PROJECTIONS.find((projection) => projection.name === name);
}
