import { type Decider, type DomainEvent, fold } from '../../core/decider';
import { refuse } from '../../core/domain-error';
import type { EventToAppend, RecordedEvent } from '../../event-store/event-store';
import type { CommandContext } from '../../core/command-context';
import type { CommandOutcome } from './write-model';

/** A request sent again with the same Idempotency-Key gets the first answer back. */
export function replayOfEarlierRun<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  recorded: readonly RecordedEvent<Event>[],
  context: CommandContext,
): CommandOutcome<State, Event> | null {
  if (context.idempotencyKey === undefined) return null;
  const last = recorded.findLastIndex((e) => e.metadata.commandId === context.commandId);
  if (last < 0) return null;
  const first = recorded.find((e) => e.metadata.commandId === context.commandId);
  if (first?.metadata.requestHash !== context.requestHash)
    refuse('idempotency-key-reused', 'This Idempotency-Key was used for a different request');
  const upToIt = recorded.slice(0, last + 1);
  return {
    state: fold(decider, upToIt),
    events: upToIt.filter((e) => e.metadata.commandId === context.commandId),
    position: upToIt[last]!.position,
  };
}

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
      ...(context.idempotencyKey !== undefined && { idempotencyKey: context.idempotencyKey }),
      ...(context.requestHash !== undefined && { requestHash: context.requestHash }),
    },
  };
}
