import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { WEBHOOK_EVENT_TYPES } from '../../events/webhook.events';

export const WebhookSchema = named(
  'Webhook',
  z.object({
    webhookId: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    description: z.string().nullable(),
    status: z.literal('active'),
    createdAt: z.string(),
    position: z.string().meta({ description: 'The log position of its creation' }),
  }),
  {
    description: 'A webhook of the tenant (never its secret)',
    example: {
      webhookId: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      url: 'https://lms.acme.example/hooks/certificates',
      events: ['certificate.generated'],
      description: null,
      status: 'active',
      createdAt: '2027-01-10T09:00:00.000Z',
      position: '1201',
    },
  },
);

export const WebhookListSchema = named('WebhookList', z.array(WebhookSchema), {
  description: "The tenant's webhooks, oldest first",
});

export const DeliveryListSchema = named(
  'WebhookDeliveryList',
  z.array(
    z.object({
      messageId: z.string(),
      type: z.enum(WEBHOOK_EVENT_TYPES),
      position: z.string(),
      attempts: z.int(),
      lastStatus: z.int().nullable().meta({
        description:
          "The receiver's HTTP status; null: no answer (refused address, timeout, connection)",
      }),
      lastAttemptAt: z.string().nullable(),
      nextAttemptAt: z.string().optional(),
      state: z.enum(['pending', 'delivered', 'failing', 'failed']),
    }),
  ),
  {
    description: "The webhook's deliveries, newest first: ids and outcomes, never bodies",
    example: [
      {
        messageId: 'msg_6f1c0e2a9b3d4c5e8f7a6b5c4d3e2f1a',
        type: 'certificate.generated',
        position: '1250',
        attempts: 2,
        lastStatus: 200,
        lastAttemptAt: '2027-01-10T09:00:05.000Z',
        state: 'delivered',
      },
    ],
  },
);
