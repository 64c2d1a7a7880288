import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, certificateNumber, dateTime, id } from './contract';

export const certificateNumberAssignedV1 = z
  .strictObject({
    certificateId: id(),
    trainingId: id(),
    learnerId: id(),
    number: certificateNumber(),
    sequence: z
      .int()
      .min(1)
      .describe(
        "The number's place in its tenant's sequence: 1 for the first, one more each time.",
      ),
    assignedAt: dateTime(),
  })
  .describe(
    "A certificate was given its number in the tenant's sequence, in the order of the generation requests; it never changes.",
  );

/**
 * A tenant numbers its certificates once each, in the order they were first requested:
 * `<prefix>-<year>-<sequence>`, the sequence counting on across years and prefixes.
 */
export type CertificateNumberEvent = DomainEvent<
  'CertificateNumberAssigned',
  z.infer<typeof certificateNumberAssignedV1>
>;

export const CERTIFICATE_NUMBER_EVENTS = {
  CertificateNumberAssigned: { 1: certificateNumberAssignedV1 },
} as const satisfies EventSchemasOf<CertificateNumberEvent>;
