import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import {
  type EventSchemasOf,
  byteSize,
  cycle,
  dateTime,
  id,
  renewalWindowDays,
  sha256,
  statusListIndex,
  templateVersion,
  userId,
  validForMonths,
} from './contract';
import { sealedReason } from './sealed-personal-data';

const certificateRef = {
  certificateId: id().describe(
    'One generation of the certificate; a new generation after a deletion gets a new id.',
  ),
  trainingId: id(),
  learnerId: id(),
};

export const certificateGenerationRequestedV1 = z
  .strictObject({
    ...certificateRef,
    templateId: id(),
    version: templateVersion().describe(
      'The template version assigned to the training when the certificate was first generated.',
    ),
    requestedAt: dateTime(),
    requestedBy: userId().describe('Id of the user who asked for the certificate.'),
    firstGeneratedAt: dateTime().describe(
      'When a certificate was first requested for this learner and training; it never changes across regenerations.',
    ),
    validForMonths: validForMonths()
      .optional()
      .describe(
        "The assignment's validity when the certificate was requested; absent in events recorded before it existed.",
      ),
    renewalWindowDays: renewalWindowDays()
      .optional()
      .describe(
        "With a validity: the assignment's renewal window when the certificate was requested; absent: 90.",
      ),
    cycle: cycle()
      .optional()
      .describe("The learner's cycle in the training this certificate belongs to; absent: 1."),
    renews: id()
      .optional()
      .describe("The earlier cycle's certificate this one renews, when it is a renewal's."),
  })
  .describe(
    'A certificate was asked for a learner who completed a training, and its PDF is now to be generated.',
  );

export const certificateGeneratedV1 = z
  .strictObject({
    ...certificateRef,
    fileId: id().describe('Where the PDF is kept in the file store.'),
    sha256: sha256().describe('Lower-case hex SHA-256 of the PDF bytes.'),
    size: byteSize().describe('Size of the PDF in bytes.'),
    generatedAt: dateTime(),
    validUntil: dateTime()
      .nullable()
      .optional()
      .describe(
        "The issue time (the request's requestedAt) plus the request's validForMonths, in calendar months (UTC); null or absent: no expiry.",
      ),
    credential: z
      .strictObject({
        fileId: id(),
        sha256: sha256(),
        size: byteSize(),
        statusListIndex: statusListIndex(),
      })
      .optional()
      .describe('The signed Open Badges 3.0 credential stored beside the PDF.'),
  })
  .describe("A certificate's PDF was rendered and stored, and can now be downloaded.");

export const certificateGenerationFailedV1 = z
  .strictObject({
    ...certificateRef,
    reason: z
      .string()
      .max(1000)
      .describe('Why rendering failed, for operators; contains no personal data.'),
    failedAt: dateTime(),
  })
  .describe("A certificate's PDF could not be generated; it may be requested again.");

export const certificateRevokedV1 = z
  .strictObject({
    ...certificateRef,
    reason: z.string().min(1).max(500),
    revokedBy: z.string().min(1),
    revokedAt: dateTime(),
  })
  .describe(
    'A generated certificate was revoked (issued in error, fraud, ...). Final for that certificate; an admin may generate a new one.',
  );

export const certificateDeletedV1 = z
  .strictObject({
    ...certificateRef,
    reason: z.string().max(1000).nullable().describe('Why it was deleted, if the user said.'),
    deletedBy: userId().describe('Id of the user who deleted the certificate.'),
    deletedAt: dateTime(),
  })
  .describe(
    "A learner's certificate for a training was deleted; a new one may be requested later.",
  );

/** Revoked, as the log stores it since reasons are personal data: the reason sealed. */
export const certificateRevokedV2 = z
  .strictObject({
    ...certificateRef,
    personalData: sealedReason,
    revokedBy: z.string().min(1),
    revokedAt: dateTime(),
  })
  .describe(
    "A generated certificate was revoked; v1's reason is sealed under the learner's key, so an erasure removes it.",
  );

/** Deleted, as the log stores it since reasons are personal data: the reason (or null) sealed. */
export const certificateDeletedV2 = z
  .strictObject({
    ...certificateRef,
    personalData: sealedReason,
    deletedBy: userId().describe('Id of the user who deleted the certificate.'),
    deletedAt: dateTime(),
  })
  .describe(
    "A learner's certificate was deleted; v1's reason (or null) is sealed under the learner's key, so an erasure removes it.",
  );

/** Revoked as readers get it: the reason is null once the learner's key was destroyed. */
export const certificateRevokedAsRead = certificateRevokedV1.extend({
  reason: certificateRevokedV1.shape.reason.nullable(),
});

export type CertificateEvent =
  | DomainEvent<'CertificateGenerationRequested', z.infer<typeof certificateGenerationRequestedV1>>
  | DomainEvent<'CertificateGenerated', z.infer<typeof certificateGeneratedV1>>
  | DomainEvent<'CertificateGenerationFailed', z.infer<typeof certificateGenerationFailedV1>>
  | DomainEvent<'CertificateRevoked', z.infer<typeof certificateRevokedAsRead>>
  | DomainEvent<'CertificateDeleted', z.infer<typeof certificateDeletedV1>>;

export const CERTIFICATE_EVENTS = {
  CertificateGenerationRequested: { 1: certificateGenerationRequestedV1 },
  CertificateGenerated: { 1: certificateGeneratedV1 },
  CertificateGenerationFailed: { 1: certificateGenerationFailedV1 },
  CertificateRevoked: { 1: certificateRevokedV1, 2: certificateRevokedV2 },
  CertificateDeleted: { 1: certificateDeletedV1, 2: certificateDeletedV2 },
} as const satisfies EventSchemasOf<CertificateEvent>;
