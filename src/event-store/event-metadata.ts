import type { CommandContext } from '../core/command-context';
import type { DomainEvent } from '../core/decider';
import type { EventToAppend } from './event-store';

/** The event as appended: the domain event with who, when, which command and which request. */
export function withMetadata<Event extends DomainEvent>(
  event: Event,
  eventId: string,
  command: string,
  context: CommandContext,
  now: Date,
): EventToAppend<Event> {
  const { commandId, tenant, actor, correlationId, causationId } = context;
  return {
    ...event,
    eventId,
    metadata: {
      tenant,
      actor: { id: actor.id, roles: [...actor.roles] },
      occurredAt: now.toISOString(),
      command,
      commandId,
      correlationId,
      causationId,
      eventVersion: 1,
      // Stryker disable next-line ConditionalExpression: it adds `idempotencyKey: undefined`, which stored JSON never carries
      ...(context.idempotencyKey !== undefined && { idempotencyKey: context.idempotencyKey }),
      // Stryker disable next-line ConditionalExpression: it adds `requestHash: undefined`, which stored JSON never carries
      ...(context.requestHash !== undefined && { requestHash: context.requestHash }),
    },
  };
}
