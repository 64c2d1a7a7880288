import { CERTIFICATE_EVENTS, type CertificateEvent } from './certificate.events';
import {
  CERTIFICATE_ARCHIVE_EVENTS,
  type CertificateArchiveEvent,
} from './certificate-archive.events';
import {
  CERTIFICATE_NUMBER_EVENTS,
  type CertificateNumberEvent,
} from './certificate-number.events';
import {
  CERTIFICATES_FEATURE_EVENTS,
  type CertificatesFeatureEvent,
} from './certificates-feature.events';
import type { EventSchemasOf } from './contract';
import { DAILY_CUTOFF_EVENTS, type DailyCutoffEvent } from './daily-cutoff.events';
import { ENROLLMENT_EVENTS, type EnrollmentEvent } from './enrollment.events';
import { ISSUER_KEY_EVENTS, type IssuerKeyEvent } from './issuer-key.events';
import { ISSUER_PROFILE_EVENTS, type IssuerProfileEvent } from './issuer-profile.events';
import { NOTIFICATION_EVENTS, type NotificationEvent } from './notification.events';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook.events';
import { LEARNER_PROFILE_EVENTS, type LearnerProfileEvent } from './learner-profile.events';
import { PROGRESS_REPORT_EVENTS, type ProgressReportEvent } from './progress-report.events';
import { STATUS_LIST_EVENTS, type StatusListEvent } from './status-list.events';
import { TEMPLATE_EVENTS, type TemplateEvent } from './template.events';
import { TRAINING_EVENTS, type TrainingEvent } from './training.events';
import { WALLET_ISSUANCE_EVENTS, type WalletIssuanceEvent } from './wallet-issuance.events';

/**
 * Every event the log can hold, as the domain defines it: what a reader of the whole log gets,
 * narrowed by a switch on `type`. `event-schemas/` publishes the same contracts as JSON Schema
 * (`npm run event-schemas`), which every append is checked against.
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
  | StatusListEvent
  | CertificateNumberEvent
  | NotificationEvent
  | WebhookEvent
  | CertificateArchiveEvent
  | IssuerKeyEvent
  | WalletIssuanceEvent;

export type AnyEventType = AnyEvent['type'];

/** The data schemas of every event type, per version; the compiler checks it is complete. */
export const EVENT_SCHEMAS = {
  ...CERTIFICATES_FEATURE_EVENTS,
  ...TEMPLATE_EVENTS,
  ...TRAINING_EVENTS,
  ...LEARNER_PROFILE_EVENTS,
  ...ENROLLMENT_EVENTS,
  ...CERTIFICATE_EVENTS,
  ...PROGRESS_REPORT_EVENTS,
  ...DAILY_CUTOFF_EVENTS,
  ...ISSUER_PROFILE_EVENTS,
  ...STATUS_LIST_EVENTS,
  ...CERTIFICATE_NUMBER_EVENTS,
  ...NOTIFICATION_EVENTS,
  ...WEBHOOK_EVENTS,
  ...CERTIFICATE_ARCHIVE_EVENTS,
  ...ISSUER_KEY_EVENTS,
  ...WALLET_ISSUANCE_EVENTS,
} as const satisfies EventSchemasOf<AnyEvent>;

/** Every event type: for readers of the whole log. */
export const ALL_EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as readonly AnyEventType[];
