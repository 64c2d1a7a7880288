import { z } from 'zod';
import { emailSchema } from '../../../http/email-schema';
import { reminderDays } from '../../../events/notification.events';

export const notificationSettingsBody = z.strictObject({
  reminderDays: reminderDays()
    .optional()
    .meta({
      description:
        'Days before validUntil that certificate.expiring webhooks and reminder mails go out: 0 to 5 distinct whole numbers from 1 to 365. Absent: unchanged (default [30, 7, 1]).',
      example: [30, 7, 1],
    }),
  email: z
    .strictObject({
      enabled: z.boolean(),
      certificateReady: z.boolean(),
      attachPdf: z.boolean(),
      reminders: z.boolean(),
      expired: z.boolean(),
      revoked: z.boolean(),
      replyTo: emailSchema.max(320).nullable().optional(),
    })
    .optional()
    .meta({ description: 'Mails to learners; absent: unchanged (default: off).' }),
});

export type NotificationSettingsBody = z.infer<typeof notificationSettingsBody>;
