import { backoffDelay, CONFLICT } from '../../core/backoff';
import { sleep } from '../../core/sleep';
import type { Clock } from '../../core/clock';
import type { CommandContext } from '../../core/command-context';
import type { Decider, DomainEvent } from '../../core/decider';
import { deterministicId, randomId } from '../../core/deterministic-id';
import { ConcurrencyConflict } from '../../core/domain-error';
import { withMetadata } from '../../event-store/event-metadata';
import { type EventLog, WrongExpectedRevisionError } from '../../event-store/event-store';
import type { Append } from '../../event-store/event-store';
import { type Folded, FoldedStreams } from './folded-streams';
import { type CommandOutcome, replayOfEarlierRun } from './recorded-command';

export type { CommandOutcome } from './recorded-command';

/** Every command names itself; its type is also the `command` recorded in the events' metadata. */
export interface NamedCommand {
  readonly type: string;
}

const MAX_ATTEMPTS = 8;

/** The id of a command's event at `index`: the same for every run of the same command. */
const idFromCommand = (context: CommandContext, index: number): string =>
  deterministicId(`${context.commandId}/${index}`);

/**
 * Event ids for a command whose id was drawn at random: no other run can derive them, so they
 * are drawn at random too (hashing one cost a progress command 4 % of its CPU), once per index
 * and kept for every attempt of this run, as derived ones are.
 */
function drawnIds(): (_event: unknown, index: number) => string {
  const drawn: string[] = [];
  return (_event, index) => (drawn[index] ??= randomId());
}

/**
 * The one way into the write side, for controllers, reactors and the seeder alike: run a
 * command against its stream, or fold another stream for a fact a command needs. Streams are
 * read from the log (profiles opened) and written through the append path (`appendPath`).
 */
export class WriteModel {
  private readonly folded: FoldedStreams;

  constructor(
    private readonly log: Pick<EventLog, 'readStream'>,
    private readonly append: Append,
    private readonly clock: Clock,
  ) {
    this.folded = new FoldedStreams(log);
  }

  /**
   * Fold the stream (reading only what this process has not folded yet), decide, append with
   * the revision that was read. On a conflict re-read and re-decide (looked-up facts are built
   * again too); with If-Match, never retry. Event ids derive from the command id, so a retried
   * request cannot append twice.
   *
   * A command whose event ids are its own first decides on the fold this process keeps, without
   * reading the log: the append is conditional on that fold's revision, so events decided on a
   * stream another process has moved are refused, and the command runs again on the stream as
   * read. An answer that appends nothing (a refusal, nothing to do, an If-Match that differs) is
   * never given from an unread fold: the stream is read and the command decided again.
   */
  async execute<State, Command extends NamedCommand, Event extends DomainEvent>(
    stream: string,
    decider: Decider<State, Command, Event>,
    context: CommandContext,
    buildCommand: (now: Date) => Command | Promise<Command>,
    eventIdOf?: (event: Event, index: number) => string,
  ): Promise<CommandOutcome<State, Event>> {
    // Event ids nobody else can derive: an append that succeeds wrote exactly `events`.
    const ownIds = context.randomCommandId === true && eventIdOf === undefined;
    const idOf =
      eventIdOf ??
      (ownIds ? drawnIds() : (_event: Event, index: number) => idFromCommand(context, index));
    let unread = ownIds && context.idempotencyKey === undefined;
    for (let attempt = 1; ;) {
      const cached = unread ? this.folded.cached(stream, decider) : undefined;
      unread = false;
      let current: Folded<State> | null;
      if (cached) current = cached;
      else if (context.idempotencyKey === undefined)
        current = await this.folded.read(stream, decider);
      else {
        // A retry is recognised by its command id, so its stream is read whole.
        const recorded = await this.log.readStream<Event>(stream);
        const earlier = replayOfEarlierRun(decider, recorded, context);
        if (earlier) return earlier;
        current = this.folded.remember(stream, decider, recorded, null);
      }
      const revision = current?.revision ?? 'no-stream';
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        if (cached) continue;
        throw new ConcurrencyConflict(`${stream} is at revision ${String(revision)}`, true);
      }

      const state = current?.state ?? decider.initialState();
      const now = this.clock.now();
      const command = await buildCommand(now);
      let events: readonly Event[];
      try {
        events = decider.decide(command, state);
      } catch (refusal) {
        if (cached) continue;
        throw refusal;
      }
      if (events.length === 0) {
        if (cached) continue;
        return { state, events, position: current?.position ?? 0n };
      }

      try {
        const toAppend = events.map((event, index) =>
          withMetadata(event, idOf(event, index), command.type, context, now),
        );
        const appended = await this.append(stream, toAppend, revision);
        const after = events.reduce(decider.evolve, state);
        // The append was conditional on `revision`, so the stream now holds `events` right after
        // it: folded as they are, without reading them back. Ids another run may derive too are
        // read back instead, since an idempotent retry's append answers with the events of the run
        // that stored them first.
        if (ownIds)
          this.folded.keep(stream, decider, {
            state: after,
            revision: appended.revision,
            position: appended.position,
          });
        else await this.folded.read(stream, decider);
        return { state: after, events, position: appended.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        // Stryker disable next-line ConditionalExpression: with If-Match the retry re-reads and answers the same 412 before deciding
        const ifMatch = context.expectedRevision !== undefined;
        // An unread fold that was behind: read it, at once and not counted as a conflict.
        if (cached && !ifMatch) continue;
        if (ifMatch || attempt === MAX_ATTEMPTS)
          throw new ConcurrencyConflict(`${stream} changed while deciding`, ifMatch);
        await sleep(backoffDelay(attempt, CONFLICT));
        attempt++;
      }
    }
  }

  /** The current state of another aggregate, a fact a command needs; null if it has no events. */
  async state<State, Event extends DomainEvent>(
    stream: string,
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  ): Promise<State | null> {
    return (await this.folded.read(stream, decider))?.state ?? null;
  }
}
