import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import {
  type RecordNotificationSettings,
  notificationSettings,
} from '../domain/notification-settings';

type Settings = Pick<RecordNotificationSettings, 'reminderDays' | 'email'>;

/** Records the notification settings of the tenant the command belongs to (context.tenant). */
export function recordNotificationSettings(
  write: WriteModel,
  context: CommandContext,
  settings: Settings,
) {
  const stream = streams.notificationSettings(context.tenant);
  return write.execute(stream, notificationSettings, context, (now) => ({
    type: 'RecordNotificationSettings' as const,
    tenantId: context.tenant,
    ...settings,
    by: context.actor.id,
    at: now,
  }));
}
