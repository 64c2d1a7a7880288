import type { Decider, DomainEvent } from '../../core/decider';
import type { EventLog, LogMark, RecordedEvent } from '../../event-store/event-store';

/** A stream folded up to its event at `revision`, which sits at `position` in the log. */
export interface Folded<State> {
  readonly state: State;
  readonly revision: bigint;
  readonly position: bigint;
}

/** A fold as kept, with when it was last known whole (never, where the log cannot tell). */
interface Kept<State> {
  readonly folded: Folded<State>;
  readonly seen: LogMark | undefined;
}

type Evolving<State, Event extends DomainEvent> = Pick<
  Decider<State, never, Event>,
  'initialState' | 'evolve' | 'holdsPersonalData'
>;

/** Streams per decider this process keeps folded; the least recently used go first. */
const STREAMS_PER_DECIDER = 10_000;

/**
 * The streams this process folded lately, so a command reads only the events appended since
 * (by this process or another), not its whole stream again: a learner's enrolment stream grows
 * with every progress update, and a status list's fold copies its whole index per event.
 * States are immutable (deciders are pure), so one state serves concurrent commands. States
 * that hold personal data are not kept.
 *
 * Where the log can tell (`unchangedSince`), a fold is not read again at all while nothing can
 * have moved its stream since it was read: a command's facts (its training, say) then cost no
 * read, as long as no other connection commits.
 */
export class FoldedStreams {
  private readonly byDecider = new WeakMap<object, Map<string, Kept<unknown>>>();

  constructor(
    private readonly store: Pick<EventLog, 'readStream' | 'mark' | 'unchangedSince'>,
    private readonly capacity = STREAMS_PER_DECIDER,
  ) {}

  /** The stream folded to its end, or null when it has no events. */
  async read<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
  ): Promise<Folded<State> | null> {
    const known = this.known(decider).get(stream) as Kept<State> | undefined;
    if (known && this.unmoved(stream, known)) return known.folded;
    // Taken before the read: a commit after it shows as a change the next time.
    const seen = this.mark();
    const from = known?.folded;
    const newer = await this.store.readStream<Event>(stream, from && { after: from.revision });
    return this.remember(stream, decider, newer, from ?? null, seen);
  }

  /**
   * The stream as this process last folded it, without reading the log: it may have moved
   * since (another process), so only a conditional append may rely on it.
   */
  cached<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
  ): Folded<State> | undefined {
    return (this.known(decider).get(stream) as Kept<State> | undefined)?.folded;
  }

  /**
   * `events` folded onto `from` (or onto nothing), remembered as the stream's latest fold;
   * `seen`: the mark taken before the read that found them (none: read again next time).
   */
  remember<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
    events: readonly RecordedEvent<Event>[],
    from: Folded<State> | null,
    seen: LogMark | undefined,
  ): Folded<State> | null {
    const last = events.at(-1);
    if (!last) return from && this.keep(stream, decider, from, seen);
    const state = events.reduce(decider.evolve, from?.state ?? decider.initialState());
    const folded = { state, revision: last.revision, position: last.position };
    return this.keep(stream, decider, folded, seen);
  }

  /**
   * `folded` remembered as the stream's latest fold (not kept for personal data); `seen`: a
   * mark taken before it was read or appended, so that any commit since shows as a change.
   */
  keep<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
    folded: Folded<State>,
    seen: LogMark | undefined,
  ): Folded<State> {
    if (decider.holdsPersonalData) return folded;
    const known = this.known(decider);
    known.delete(stream);
    known.set(stream, { folded, seen });
    if (known.size > this.capacity) known.delete(known.keys().next().value!);
    return folded;
  }

  /** The log as of now, taken before a read or an append; none where the log cannot tell. */
  mark(): LogMark | undefined {
    return this.store.mark?.();
  }

  /** Whether nothing can have been appended to the stream since the fold was last whole. */
  private unmoved(stream: string, known: Kept<unknown>): boolean {
    return known.seen !== undefined && this.store.unchangedSince?.(stream, known.seen) === true;
  }

  private known(decider: object): Map<string, Kept<unknown>> {
    let known = this.byDecider.get(decider);
    if (!known) this.byDecider.set(decider, (known = new Map<string, Kept<unknown>>()));
    return known;
  }
}
