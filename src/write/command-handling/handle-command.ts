import type { Clock } from '../../core/clock';
import { type Decider, type DomainEvent, fold } from '../../core/decider';
import { deterministicId } from '../../core/deterministic-id';
import { ConcurrencyConflict, refuse } from '../../core/domain-error';
import {
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../../event-store/event-store';
import type { CommandContext } from './command-context';

export interface CommandOutcome<State, Event> {
  /** The stream's state once the command is applied. */
  readonly state: State;
  /** What this command appended; also what an earlier run appended when replaying a retry. */
  readonly events: readonly Event[];
  /** Position of the command's last event, or of the stream's last event when nothing changed. */
  readonly position: bigint;
}

const MAX_ATTEMPTS = 8;

/**
 * Read the stream, fold it, decide, append with the revision that was read. On a conflict
 * re-read and re-decide (looked-up facts are built again too); with If-Match, never retry.
 * Event ids derive from the command id, so a retried request cannot append twice.
 */
export async function handleCommand<State, Command, Event extends DomainEvent>(
  store: EventStore,
  clock: Clock,
  stream: string,
  decider: Decider<State, Command, Event>,
  context: CommandContext,
  buildCommand: (now: Date) => Command | Promise<Command>,
  eventIdOf: (event: Event, index: number) => string = (_event, index) =>
    deterministicId(`${context.commandId}/${index}`),
): Promise<CommandOutcome<State, Event>> {
  for (let attempt = 1; ; attempt++) {
    const recorded = await store.readStream(stream);
    const earlier = replayOfEarlierRun<State, Event>(decider, recorded, context);
    if (earlier) return earlier;
    const revision = recorded.at(-1)?.revision ?? 'no-stream';
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision)
      throw new ConcurrencyConflict(`${stream} is at revision ${String(revision)}`, true);

    const state = fold(decider, recorded.map(asDomainEvent<Event>));
    const now = clock.now();
    const events = decider.decide(await buildCommand(now), state);
    if (events.length === 0) return { state, events, position: recorded.at(-1)?.position ?? 0n };

    try {
      const toAppend = events.map((event, index) =>
        withMetadata(event, eventIdOf(event, index), context, now),
      );
      const { position } = await store.append(stream, toAppend, revision);
      return { state: events.reduce(decider.evolve, state), events, position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const ifMatch = context.expectedRevision !== undefined;
      if (ifMatch || attempt === MAX_ATTEMPTS)
        throw new ConcurrencyConflict(`${stream} changed while deciding`, ifMatch);
      await backoff(attempt);
    }
  }
}

/** A request sent again with the same Idempotency-Key gets the first answer back. */
function replayOfEarlierRun<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  recorded: readonly RecordedEvent[],
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
    state: fold(decider, upToIt.map(asDomainEvent<Event>)),
    events: upToIt
      .filter((e) => e.metadata.commandId === context.commandId)
      .map(asDomainEvent<Event>),
    position: upToIt[last]!.position,
  };
}

function withMetadata(
  event: DomainEvent,
  eventId: string,
  context: CommandContext,
  now: Date,
): EventToAppend {
  const { commandId, command, tenant, actor, correlationId, causationId } = context;
  return {
    eventId,
    type: event.type,
    data: event.data as Record<string, unknown>,
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

function asDomainEvent<Event extends DomainEvent>(event: RecordedEvent): Event {
  return { type: event.type, data: event.data } as unknown as Event;
}

function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * 5 * 2 ** attempt;
  return new Promise((resolve) => setTimeout(resolve, ms));
}
