import { deterministicId } from '../core/deterministic-id';
import type { RecordedEvent } from '../event-store/event-store';
import type { CommandContext } from '../core/command-context';

/**
 * The context of a command a reactor sends in answer to an event: caused by that event, in its
 * correlation, with a command id derived from what it records about which subject, so a reactor
 * that redoes its work after a crash appends nothing twice.
 */
export function reactionContext(
  cause: RecordedEvent,
  command: string,
  subjectId: string,
  actorId: string,
): CommandContext {
  return {
    commandId: deterministicId(`${command}/${subjectId}`),
    tenant: cause.metadata.tenant,
    actor: { id: actorId, roles: [] },
    correlationId: cause.metadata.correlationId,
    causationId: cause.eventId,
  };
}
