import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../../../events/webhook.events';

export const webhookBody = z.strictObject({
  url: z.string().min(1).max(2000).meta({
    description:
      'An https URL that resolves to public addresses only (http, and private addresses, only for what WEBHOOK_ALLOW_HOSTS lists)',
    example: 'https://lms.acme.example/hooks/certificates',
  }),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES))
    .min(1)
    .max(WEBHOOK_EVENT_TYPES.length)
    .refine((events) => new Set(events).size === events.length, 'must be distinct')
    .optional()
    .meta({ description: 'The message types to send; absent: all of them' }),
  description: z.string().trim().max(500).nullable().optional(),
});

export const replayBody = z.strictObject({
  fromPosition: z
    .string()
    .regex(/^\d{1,19}$/, 'must be a log position (a string of digits)')
    .meta({
      description: 'Messages of events after this log position are sent again',
      example: '0',
    }),
});
