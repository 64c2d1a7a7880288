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

const reportRef = { reportId: id(), trainingId: id() };

export const progressReportRequestedV1 = z
  .strictObject({
    ...reportRef,
    cutoff: utcMidnight().describe('The 00:00 UTC cut-off whose state the report shows.'),
    groupId: id().nullable(),
    requestedAt: dateTime(),
    requestedBy: userId(),
  })
  .describe(
    "Someone asked for a training's progress report as of the daily cut-off in force; it is exported asynchronously.",
  );

export const progressReportStartedV1 = z
  .strictObject({ ...reportRef, startedAt: dateTime() })
  .describe('The export of a progress report began.');

export const progressReportCompletedV1 = z
  .strictObject({
    ...reportRef,
    rowCount: z.int().min(0),
    sha256: sha256(),
    size: byteSize(),
    completedAt: dateTime(),
  })
  .describe('A progress report was exported to CSV and stored; its content never changes.');

export const progressReportFailedV1 = z
  .strictObject({
    ...reportRef,
    reason: z
      .string()
      .max(1000)
      .describe('Why the export failed, for operators; contains no personal data.'),
    failedAt: dateTime(),
  })
  .describe('A progress report could not be exported.');

export const progressReportRedactedV1 = z
  .strictObject({
    ...reportRef,
    redaction: z
      .int()
      .min(1)
      .describe('1 for the first redaction: the file is stored again under this number.'),
    learnerId: id().describe('The erased learner whose name and e-mail the file no longer holds.'),
    rowCount: z.int().min(0),
    sha256: sha256(),
    size: byteSize(),
    redactedAt: dateTime(),
  })
  .describe(
    "A done report's file was written again from the report read model after a learner's personal data was erased; the new file replaces the old one, which is deleted.",
  );

/** An asynchronous export of a training's progress report, as of one daily cut-off. */
export type ProgressReportEvent =
  | DomainEvent<'ProgressReportRequested', z.infer<typeof progressReportRequestedV1>>
  | DomainEvent<'ProgressReportStarted', z.infer<typeof progressReportStartedV1>>
  | DomainEvent<'ProgressReportCompleted', z.infer<typeof progressReportCompletedV1>>
  | DomainEvent<'ProgressReportFailed', z.infer<typeof progressReportFailedV1>>
  | DomainEvent<'ProgressReportRedacted', z.infer<typeof progressReportRedactedV1>>;

export const PROGRESS_REPORT_EVENTS = {
  ProgressReportRequested: { 1: progressReportRequestedV1 },
  ProgressReportStarted: { 1: progressReportStartedV1 },
  ProgressReportCompleted: { 1: progressReportCompletedV1 },
  ProgressReportFailed: { 1: progressReportFailedV1 },
  ProgressReportRedacted: { 1: progressReportRedactedV1 },
} as const satisfies EventSchemasOf<ProgressReportEvent>;
