import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';

export const NotificationSettingsSchema = named(
  'NotificationSettings',
  z.object({
    tenantId: z.string(),
    reminderDays: z.array(z.int()),
    email: z.object({
      enabled: z.boolean(),
      certificateReady: z.boolean(),
      attachPdf: z.boolean(),
      reminders: z.boolean(),
      expired: z.boolean(),
      revoked: z.boolean(),
      replyTo: z.string().nullable(),
    }),
    smtpConfigured: z.boolean().meta({
      description:
        'Whether this service has an SMTP server (SMTP_URL): without one, no mail goes out.',
    }),
  }),
  {
    description: "The tenant's notification settings (the defaults until it sets them)",
    example: {
      tenantId: 'acme',
      reminderDays: [30, 7, 1],
      email: {
        enabled: false,
        certificateReady: true,
        attachPdf: false,
        reminders: true,
        expired: true,
        revoked: true,
        replyTo: null,
      },
      smtpConfigured: false,
    },
  },
);
