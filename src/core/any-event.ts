import type { CertificateEvent } from '../write/certificates/domain/certificate.events';
import type { DailyCutoffEvent } from '../write/cutoffs/domain/daily-cutoffs';
import type { EnrollmentEvent } from '../write/enrollments/domain/enrollment.events';
import type { IssuerProfileEvent } from '../write/issuers/domain/issuer-profile.events';
import type { CertificatesFeatureEvent } from '../write/features/domain/certificates-feature';
import type { LearnerProfileEvent } from '../write/learners/domain/learner-profile';
import type { ProgressReportEvent } from '../write/reports/domain/progress-report';
import type { StatusListEvent } from '../write/status-lists/domain/status-list.events';
import type { TemplateEvent } from '../write/templates/domain/template.events';
import type { TrainingEvent } from '../write/trainings/domain/training.events';

/**
 * Every event the log can hold, as the domain defines it: what a reader of the whole log gets,
 * narrowed by a switch on `type`. The schemas in `event-schemas/` check the same on append.
 */
export type AnyEvent =
  | CertificatesFeatureEvent
  | TemplateEvent
  | TrainingEvent
  | LearnerProfileEvent
  | EnrollmentEvent
  | CertificateEvent
  | ProgressReportEvent
  | DailyCutoffEvent
  | IssuerProfileEvent
  | StatusListEvent;

export type AnyEventType = AnyEvent['type'];

/** Every event type, checked complete by the compiler: for readers of the whole log. */
const EVERY_TYPE: Record<AnyEventType, true> = {
  CertificatesFeatureEnabled: true,
  CertificatesFeatureDisabled: true,
  CertificateTemplateCreated: true,
  CertificateTemplateVersionPublished: true,
  TrainingCreated: true,
  CertificateAssigned: true,
  CertificateUnassigned: true,
  LearnerProfileRecorded: true,
  LearnerPersonalDataErased: true,
  LearnerEnrolled: true,
  LearningProgressRecorded: true,
  TrainingCompleted: true,
  CertificateGenerationRequested: true,
  CertificateGenerated: true,
  CertificateGenerationFailed: true,
  CertificateRevoked: true,
  CertificateDeleted: true,
  ProgressReportRequested: true,
  ProgressReportStarted: true,
  ProgressReportCompleted: true,
  ProgressReportFailed: true,
  ProgressReportRedacted: true,
  DailyCutoffPassed: true,
  IssuerProfileRecorded: true,
  StatusListIndexAssigned: true,
};

export const ALL_EVENT_TYPES = Object.keys(EVERY_TYPE) as readonly AnyEventType[];
