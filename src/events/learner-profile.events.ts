import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, email, id } from './contract';
import { sealedPersonalData, sealedReason } from './sealed-personal-data';

/**
 * Personal data lives only in the learner's own stream, apart from learning events, and is
 * stored encrypted under the learner's key (see src/personal-data), so a person can be erased
 * without rewriting the log: destroying the key is the erasure.
 */
export const learnerProfileRecordedV1 = z
  .strictObject({
    learnerId: id(),
    name: z.string().min(1).max(200),
    email: email(),
  })
  .describe(
    "A learner's name and e-mail were recorded or changed; this is the only event that carries personal data.",
  );

export const learnerProfileRecordedV2 = z
  .strictObject({
    learnerId: id(),
    personalData: sealedPersonalData,
  })
  .describe(
    "A learner's name and e-mail were recorded or changed, sealed with AES-256-GCM under the learner's own key (kept outside the log). Destroying the key erases them. The associated data is '<tenant>/<learnerId>'; the plaintext is the JSON {\"name\",\"email\"} of v1, with the event's requestHash when the request had an Idempotency-Key, padded with spaces to a power of two of at least 256 bytes.",
  );

/**
 * A profile as the domain decides and reads it, which no version stores as such: v1's fields,
 * sealed into v2 on append and opened on read; name and e-mail are null once the learner's key
 * has been destroyed.
 */
export const learnerProfileAsRead = learnerProfileRecordedV1.extend({
  name: learnerProfileRecordedV1.shape.name.nullable(),
  email: learnerProfileRecordedV1.shape.email.nullable(),
});

export const learnerPersonalDataErasedV1 = z
  .strictObject({
    learnerId: id(),
    erasedAt: dateTime(),
    erasedBy: z.string().min(1).max(256),
    reason: z
      .string()
      .min(1)
      .max(500)
      .nullable()
      .describe(
        "The admin's reference for the request (a ticket number), not a description of the person.",
      ),
  })
  .describe(
    "An admin erased the learner's personal data: the learner's key was destroyed before this event was appended, so their name and e-mail can no longer be read from the log. Holds no personal data itself.",
  );

/** Erased, as the log stores it since reasons are personal data: the reason (or null) sealed. */
export const learnerPersonalDataErasedV2 = z
  .strictObject({
    learnerId: id(),
    erasedAt: dateTime(),
    erasedBy: z.string().min(1).max(256),
    personalData: sealedReason,
  })
  .describe(
    "An admin erased the learner's personal data. v1's reason is sealed under the learner's key, which is destroyed right after this event is appended: from then on nobody can read the reason either.",
  );

export type LearnerProfileEvent =
  | DomainEvent<'LearnerProfileRecorded', z.infer<typeof learnerProfileAsRead>>
  | DomainEvent<'LearnerPersonalDataErased', z.infer<typeof learnerPersonalDataErasedV1>>;

export const LEARNER_PROFILE_EVENTS = {
  LearnerProfileRecorded: { 1: learnerProfileRecordedV1, 2: learnerProfileRecordedV2 },
  LearnerPersonalDataErased: { 1: learnerPersonalDataErasedV1, 2: learnerPersonalDataErasedV2 },
} as const satisfies EventSchemasOf<LearnerProfileEvent>;
