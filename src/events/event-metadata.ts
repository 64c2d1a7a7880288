import { z } from 'zod';
import { type DeepReadonly, dateTime, sha256 } from './contract';

/** A correlation, causation or command id, or an idempotency key. */
const reference = () => z.string().min(1).max(200);

export const eventMetadataV1 = z
  .strictObject({
    tenant: z
      .string()
      .regex(/^(_platform|[A-Za-z0-9][A-Za-z0-9._~-]{0,63})$/)
      .describe("The tenant the event belongs to; '_platform' for platform-wide streams."),
    actor: z.strictObject({
      id: z
        .string()
        .min(1)
        .max(200)
        .describe('The user or system process that issued the command.'),
      roles: z.array(z.string().min(1)),
    }),
    occurredAt: dateTime(),
    command: z
      .string()
      .regex(/^[A-Z][A-Za-z]+$/)
      .describe('Name of the command that produced the event.'),
    commandId: reference().describe(
      'Event ids derive from it, so a retried command appends nothing new.',
    ),
    correlationId: reference(),
    causationId: reference(),
    eventVersion: z
      .int()
      .min(1)
      .describe("Version of the event's data schema, the N in <EventType>/vN."),
    idempotencyKey: reference()
      .optional()
      .describe("The client's Idempotency-Key header, when it sent one."),
    requestHash: sha256()
      .optional()
      .describe(
        'SHA-256 of the request, to refuse reusing an idempotency key for a different request.',
      ),
  })
  .meta({
    title: 'Event metadata',
    description:
      'What every event records about the command that caused it: who, when, in which tenant and under which correlation.',
  });

/** What every event carries besides its data. A type, so a driver's JSON record can be narrowed to it. */
export type EventMetadata = DeepReadonly<z.infer<typeof eventMetadataV1>>;

/** The metadata's schemas, per version, as the log stores them. */
export const EVENT_METADATA = { 1: eventMetadataV1 } as const;
