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
  /**
   * The log position of the settings event that turned e-mail on (kept while it stays on),
   * null while it is off: mails go out only for events after it, so turning e-mail on never
   * mails the past. Absent in documents built before mail existed: read as off.
   */
  readonly emailSince?: string | null;
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
    const update = (current: Doc | null): NotificationSettingsDoc => {
      const before = (current as NotificationSettingsDoc | null)?.emailSince ?? null;
      const emailSince = email.enabled ? (before ?? event.position.toString()) : null;
      return { _id: tenantId, tenantId, reminderDays, email, recordedAt, emailSince };
    };
    return [{ collection: NOTIFICATION_SETTINGS, id: tenantId, update }];
  },
};

/** The settings a tenant's document holds, or the defaults. */
export const settingsOf = (doc: NotificationSettingsDoc | null): NotificationSettings =>
  doc ? { reminderDays: doc.reminderDays, email: doc.email } : DEFAULT_NOTIFICATION_SETTINGS;

/**
 * Whether an event at `position` is one the tenant's mails follow: e-mail on, and turned on
 * before the event (a document from before mail existed has no position: no mail).
 */
export const mailsFollow = (doc: NotificationSettingsDoc | null, position: bigint): boolean =>
  doc?.email.enabled === true && doc.emailSince != null && BigInt(doc.emailSince) < position;
