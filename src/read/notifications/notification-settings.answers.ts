import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { emailSettings } from '../../events/notification.events';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../write/notifications/domain/notification-settings';

export const NotificationSettingsSchema = named(
  'NotificationSettings',
  z.object({
    tenantId: z.string(),
    reminderDays: z.array(z.int()),
    email: emailSettings(),
    smtpConfigured: z.boolean().meta({
      description:
        'Whether this service has an SMTP server (SMTP_URL): without one, no mail goes out.',
    }),
  }),
  {
    description: "The tenant's notification settings (the defaults until it sets them)",
    example: {
      tenantId: 'acme',
      ...DEFAULT_NOTIFICATION_SETTINGS,
      reminderDays: [...DEFAULT_NOTIFICATION_SETTINGS.reminderDays],
      smtpConfigured: false,
    },
  },
);
