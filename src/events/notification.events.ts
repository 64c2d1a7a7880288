import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, id, userId, utcMidnight } from './contract';

/** Days before `validUntil` that reminders go out at: 0 to 5 distinct whole days, 1 to 365. */
export const reminderDays = () =>
  z
    .array(z.int().min(1).max(365))
    .max(5)
    .refine((days) => new Set(days).size === days.length, 'must be distinct');

export const emailSettings = () =>
  z.strictObject({
    enabled: z.boolean(),
    certificateReady: z.boolean(),
    attachPdf: z.boolean(),
    reminders: z.boolean(),
    expired: z.boolean(),
    revoked: z.boolean(),
    replyTo: z
      .string()
      .max(320)
      .nullable()
      .describe("The tenant's support address mails name as Reply-To; null: none."),
  });

export const notificationSettingsRecordedV1 = z
  .strictObject({
    tenantId: z.string().min(1),
    reminderDays: reminderDays().describe('Sorted from the earliest reminder to the latest.'),
    email: emailSettings(),
    recordedBy: userId(),
    recordedAt: dateTime(),
  })
  .describe("A tenant's notification settings, as a whole: reminder offsets and e-mail choices.");

const noticeBase = {
  certificateId: id(),
  trainingId: id(),
  learnerId: id(),
  validUntil: dateTime(),
  cutoff: utcMidnight().describe('The daily cut-off at which the moment had passed.'),
};

export const certificateExpiringV1 = z
  .strictObject({
    ...noticeBase,
    daysBefore: z.int().min(1).max(365).describe('The reminder offset that was crossed.'),
  })
  .describe(
    "A certificate's reminder moment (validUntil minus one of the tenant's offsets) passed: noticed at the first cut-off at or after it.",
  );

export const certificateExpiredV1 = z
  .strictObject(noticeBase)
  .describe('A certificate reached its validUntil: noticed at the first cut-off at or after it.');

/** What a tenant wants to be told, and what the log noticed about expiring certificates. */
export type NotificationEvent =
  | DomainEvent<'NotificationSettingsRecorded', z.infer<typeof notificationSettingsRecordedV1>>
  | DomainEvent<'CertificateExpiring', z.infer<typeof certificateExpiringV1>>
  | DomainEvent<'CertificateExpired', z.infer<typeof certificateExpiredV1>>;

export const NOTIFICATION_EVENTS = {
  NotificationSettingsRecorded: { 1: notificationSettingsRecordedV1 },
  CertificateExpiring: { 1: certificateExpiringV1 },
  CertificateExpired: { 1: certificateExpiredV1 },
} as const satisfies EventSchemasOf<NotificationEvent>;
