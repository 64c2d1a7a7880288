import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, id, userId } from './contract';

/** The message types a webhook can subscribe to (SPEC §5 "Webhooks"). */
export const WEBHOOK_EVENT_TYPES = [
  'certificate.generated',
  'certificate.failed',
  'certificate.revoked',
  'certificate.deleted',
  'certificate.renewed',
  'certificate.expiring',
  'certificate.expired',
  'report.done',
  'learner.erased',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const webhookCreatedV1 = z
  .strictObject({
    webhookId: id(),
    url: z.url().max(2000),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1),
    description: z.string().max(500).nullable(),
    createdBy: userId(),
    createdAt: dateTime(),
  })
  .describe(
    'A tenant subscribed an HTTPS endpoint to messages. Its signing secret is derived from a service secret and the secret version (1 here), never recorded.',
  );

export const webhookSecretRotatedV1 = z
  .strictObject({
    webhookId: id(),
    secretVersion: z
      .int()
      .min(2)
      .describe('The new secret version; the one before signs for 24 h more.'),
    rotatedBy: userId(),
    rotatedAt: dateTime(),
  })
  .describe("A webhook's signing secret was replaced; the previous one signs beside it for 24 h.");

export const webhookDeletedV1 = z
  .strictObject({ webhookId: id(), deletedBy: userId(), deletedAt: dateTime() })
  .describe('A webhook was deleted: nothing more is delivered to it.');

export const webhookReplayRequestedV1 = z
  .strictObject({
    webhookId: id(),
    fromPosition: z
      .string()
      .regex(/^\d{1,20}$/)
      .describe('Messages after this log position are sent again.'),
    requestedBy: userId(),
    requestedAt: dateTime(),
  })
  .describe(
    'Every matching message after a log position is to be sent again, with its original id.',
  );

export type WebhookEvent =
  | DomainEvent<'WebhookCreated', z.infer<typeof webhookCreatedV1>>
  | DomainEvent<'WebhookSecretRotated', z.infer<typeof webhookSecretRotatedV1>>
  | DomainEvent<'WebhookDeleted', z.infer<typeof webhookDeletedV1>>
  | DomainEvent<'WebhookReplayRequested', z.infer<typeof webhookReplayRequestedV1>>;

export const WEBHOOK_EVENTS = {
  WebhookCreated: { 1: webhookCreatedV1 },
  WebhookSecretRotated: { 1: webhookSecretRotatedV1 },
  WebhookDeleted: { 1: webhookDeletedV1 },
  WebhookReplayRequested: { 1: webhookReplayRequestedV1 },
} as const satisfies EventSchemasOf<WebhookEvent>;
