import {
  mailsFollow,
  NOTIFICATION_SETTINGS,
  type NotificationSettingsDoc,
  notificationSettingsProjection,
} from '../../../src/read/notifications/notification-settings.projection';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../src/write/notifications/domain/notification-settings';
import { ProjectionSpecification } from '../../support/projection-specification';

const spec = ProjectionSpecification.for(notificationSettingsProjection);
const recordedAt = '2026-03-02T09:00:00.000Z';
const recorded = (email: Partial<typeof DEFAULT_NOTIFICATION_SETTINGS.email>) => ({
  occurredAt: recordedAt,
  event: {
    type: 'NotificationSettingsRecorded' as const,
    data: {
      tenantId: 'acme',
      reminderDays: [30, 7, 1],
      email: { ...DEFAULT_NOTIFICATION_SETTINGS.email, ...email },
      recordedBy: 'admin-1',
      recordedAt,
    },
  },
});
const doc = (email: object, emailSince: string | null) => ({
  _id: 'acme',
  tenantId: 'acme',
  reminderDays: [30, 7, 1],
  email: { ...DEFAULT_NOTIFICATION_SETTINGS.email, ...email },
  recordedAt,
  emailSince,
});

describe('The notification settings projection', () => {
  it('keeps the position e-mail was turned on at while it stays on, and forgets it when turned off', () => {
    // Positions are 1, 2, 3, 4, 5 in the specification.
    spec
      .given([
        recorded({ enabled: false, replyTo: 'a@acme.example' }),
        recorded({ enabled: true }),
        recorded({ enabled: true, attachPdf: true }),
      ])
      .then({ [NOTIFICATION_SETTINGS]: { acme: doc({ enabled: true, attachPdf: true }, '2') } });
    spec
      .given([
        recorded({ enabled: true }),
        recorded({ enabled: false }),
        recorded({ enabled: true }),
      ])
      .then({ [NOTIFICATION_SETTINGS]: { acme: doc({ enabled: true }, '3') } });
  });

  it('lets mails follow only events after e-mail was turned on', () => {
    const on = doc({ enabled: true }, '10') as NotificationSettingsDoc;
    expect([mailsFollow(on, 10n), mailsFollow(on, 11n)]).toEqual([false, true]);
    expect(mailsFollow(doc({ enabled: false }, null) as NotificationSettingsDoc, 11n)).toBe(false);
    expect(mailsFollow(null, 11n)).toBe(false);
    // A document from before mail existed: no position, so no mail until the tenant saves again.
    const { emailSince: _, ...older } = on;
    expect(mailsFollow(older as NotificationSettingsDoc, 11n)).toBe(false);
  });
});
