import type { Doc } from '../../read-store/read-store';
import type { NotificationEvent } from '../../events/notification.events';
import type { Projection } from '../../projections/projection';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../write/notifications/domain/notification-settings';

export interface NotificationSettingsDoc extends Doc, NotificationSettings {
  readonly tenantId: string;
  readonly recordedAt: string;
}

export const NOTIFICATION_SETTINGS = 'notificationSettings';

/** Each tenant's notification settings as last recorded; a tenant without a document has the defaults. */
export const notificationSettingsProjection: Projection<
  Extract<NotificationEvent, { type: 'NotificationSettingsRecorded' }>
> = {
  name: 'notificationSettings',
  collections: [{ name: NOTIFICATION_SETTINGS, indexes: [] }],
  handles: ['NotificationSettingsRecorded'],
  project: (event) => {
    const tenantId = event.metadata.tenant;
    const { reminderDays, email, recordedAt } = event.data;
    const doc: NotificationSettingsDoc = {
      _id: tenantId,
      tenantId,
      reminderDays,
      email,
      recordedAt,
    };
    return [{ collection: NOTIFICATION_SETTINGS, id: tenantId, update: () => doc }];
  },
};

/** The settings a tenant's document holds, or the defaults. */
export const settingsOf = (doc: NotificationSettingsDoc | null): NotificationSettings =>
  doc ? { reminderDays: doc.reminderDays, email: doc.email } : DEFAULT_NOTIFICATION_SETTINGS;
