import { featuresProjection } from '../read/features/features.projection';
import { issuerProfilesProjection } from '../read/issuer-profiles/issuer-profiles.projection';
import { learnerTrainingsProjection } from '../read/learner-trainings/learner-trainings.projection';
import { progressReportProjection } from '../read/progress-report/progress-report.projection';
import type { Projection } from './projection';
import { publicCertificatesProjection } from '../read/public-certificates/public-certificates.projection';
import { reportsProjection } from '../read/reports/reports.projection';
import { statusListsProjection } from '../read/status-lists/status-lists.projection';
import { templatesProjection } from '../read/templates/templates.projection';
import { trainingsProjection } from '../read/trainings/trainings.projection';

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
];

export function projectionNamed(name: string): Projection | undefined {
  return ALL_PROJECTIONS.find((projection) => projection.name === name);
}
