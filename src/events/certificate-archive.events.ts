import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import {
  type EventSchemasOf,
  byteSize,
  dateTime,
  id,
  sha256,
  userId,
  utcMidnight,
} from './contract';

const archiveRef = { archiveId: id(), trainingId: id() };

export const certificateArchiveRequestedV1 = z
  .strictObject({
    ...archiveRef,
    groupId: id().nullable(),
    asOf: z.iso
      .date()
      .nullable()
      .describe(
        "YYYY-MM-DD: only certificates generated before that day's 00:00 UTC cut-off, with their status at it; null: those generated before the request, with their status then.",
      ),
    requestedAt: dateTime(),
    requestedBy: userId(),
  })
  .describe(
    "Someone asked for a ZIP archive of a training's generated certificates (PDFs, credentials, manifest); it is built asynchronously.",
  );

export const certificateArchiveStartedV1 = z
  .strictObject({ ...archiveRef, startedAt: dateTime() })
  .describe('The building of a certificate archive began.');

export const certificateArchiveCompletedV1 = z
  .strictObject({
    ...archiveRef,
    count: z.int().min(0).describe('How many certificates the archive holds.'),
    sha256: sha256().describe('Lower-case hex SHA-256 of the ZIP file.'),
    size: byteSize().describe('Size of the ZIP file in bytes.'),
    completedAt: dateTime(),
    expiresAt: dateTime().describe(
      'Seven days after completion; the archive is removed at the first daily cut-off at or after it.',
    ),
  })
  .describe('A certificate archive was built and stored; its content never changes.');

export const certificateArchiveFailedV1 = z
  .strictObject({
    ...archiveRef,
    reason: z
      .string()
      .max(1000)
      .describe('Why building failed, for operators; contains no personal data.'),
    failedAt: dateTime(),
  })
  .describe('A certificate archive could not be built.');

export const certificateArchiveExpiredV1 = z
  .strictObject({
    ...archiveRef,
    cutoff: utcMidnight().describe('The daily cut-off at which it was removed.'),
    expiredAt: dateTime(),
  })
  .describe('A certificate archive was kept its seven days and its file was deleted.');

export const certificateArchiveDeletedV1 = z
  .strictObject({
    ...archiveRef,
    learnerId: id().describe('The erased learner the archive held.'),
    deletedAt: dateTime(),
  })
  .describe(
    'A certificate archive was deleted because it held a learner whose personal data was erased.',
  );

/** An asynchronous ZIP export of a training's generated certificates. */
export type CertificateArchiveEvent =
  | DomainEvent<'CertificateArchiveRequested', z.infer<typeof certificateArchiveRequestedV1>>
  | DomainEvent<'CertificateArchiveStarted', z.infer<typeof certificateArchiveStartedV1>>
  | DomainEvent<'CertificateArchiveCompleted', z.infer<typeof certificateArchiveCompletedV1>>
  | DomainEvent<'CertificateArchiveFailed', z.infer<typeof certificateArchiveFailedV1>>
  | DomainEvent<'CertificateArchiveExpired', z.infer<typeof certificateArchiveExpiredV1>>
  | DomainEvent<'CertificateArchiveDeleted', z.infer<typeof certificateArchiveDeletedV1>>;

export const CERTIFICATE_ARCHIVE_EVENTS = {
  CertificateArchiveRequested: { 1: certificateArchiveRequestedV1 },
  CertificateArchiveStarted: { 1: certificateArchiveStartedV1 },
  CertificateArchiveCompleted: { 1: certificateArchiveCompletedV1 },
  CertificateArchiveFailed: { 1: certificateArchiveFailedV1 },
  CertificateArchiveExpired: { 1: certificateArchiveExpiredV1 },
  CertificateArchiveDeleted: { 1: certificateArchiveDeletedV1 },
} as const satisfies EventSchemasOf<CertificateArchiveEvent>;
