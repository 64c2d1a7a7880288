import { z } from 'zod';
import { PositionSchema } from '../../../http/contract/common.schemas';
import { named } from '../../../http/contract/contract-registry';
import { WEBHOOK_EVENT_TYPES } from '../../../events/webhook.events';

const SECRET = z.string().meta({
  description:
    'The signing secret (`whsec_` + base64), shown only in this answer: Standard Webhooks libraries verify with it.',
});

export const WebhookCreatedSchema = named(
  'WebhookCreated',
  z.object({
    webhookId: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    description: z.string().nullable(),
    status: z.literal('active'),
    secret: SECRET,
    createdAt: z.string(),
    position: PositionSchema,
  }),
  {
    description: 'The webhook was created; keep its secret now, it is never shown again',
    example: {
      webhookId: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      url: 'https://lms.acme.example/hooks/certificates',
      events: ['certificate.generated', 'certificate.revoked'],
      description: 'LMS sync',
      status: 'active',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      createdAt: '2027-01-10T09:00:00.000Z',
      position: '1201',
    },
  },
);

export const WebhookSecretSchema = named(
  'WebhookSecret',
  z.object({ secret: SECRET, position: PositionSchema }),
  {
    description: 'The new secret; the previous one still signs beside it for 24 hours',
    example: { secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD', position: '1305' },
  },
);
