import type { Decider } from '../../../core/decider';
import type { NotificationEvent } from '../../../events/notification.events';

export interface EmailSettings {
  readonly enabled: boolean;
  readonly certificateReady: boolean;
  readonly attachPdf: boolean;
  readonly reminders: boolean;
  readonly expired: boolean;
  readonly revoked: boolean;
  readonly replyTo: string | null;
}

export interface NotificationSettings {
  /** Days before `validUntil`, sorted from the earliest reminder (the most days) to the latest. */
  readonly reminderDays: readonly number[];
  readonly email: EmailSettings;
}

/** What a tenant that never chose gets (SPEC §5): reminders at 30, 7 and 1 days; no e-mail. */
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
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
};

export interface RecordNotificationSettings {
  readonly type: 'RecordNotificationSettings';
  readonly tenantId: string;
  /** What the request left out keeps its current value. */
  readonly reminderDays?: readonly number[];
  readonly email?: EmailSettings;
  readonly by: string;
  readonly at: Date;
}

type SettingsEvent = Extract<NotificationEvent, { type: 'NotificationSettingsRecorded' }>;

const sameDays = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((day, index) => day === b[index]);

const sameEmail = (a: EmailSettings, b: EmailSettings) =>
  (Object.keys(a) as (keyof EmailSettings)[]).every((key) => a[key] === b[key]);

/**
 * A tenant's notification settings: a PUT replaces the parts it names; the same settings again
 * change nothing. The offsets are kept sorted, the earliest reminder first.
 */
function decide(command: RecordNotificationSettings, state: NotificationSettings): SettingsEvent[] {
  const reminderDays = [...(command.reminderDays ?? state.reminderDays)].sort((a, b) => b - a);
  const email = command.email ?? state.email;
  if (sameDays(reminderDays, state.reminderDays) && sameEmail(email, state.email)) return [];
  const data = {
    tenantId: command.tenantId,
    reminderDays,
    email: { ...email },
    recordedBy: command.by,
    recordedAt: command.at.toISOString(),
  };
  return [{ type: 'NotificationSettingsRecorded', data }];
}

export const notificationSettings: Decider<
  NotificationSettings,
  RecordNotificationSettings,
  SettingsEvent
> = {
  initialState: () => DEFAULT_NOTIFICATION_SETTINGS,
  evolve: (_state, event) => ({ reminderDays: event.data.reminderDays, email: event.data.email }),
  decide,
};
