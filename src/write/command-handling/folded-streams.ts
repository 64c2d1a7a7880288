import type { Decider, DomainEvent } from '../../core/decider';
import type { EventLog, RecordedEvent } from '../../event-store/event-store';

/** A stream folded up to its event at `revision`, which sits at `position` in the log. */
export interface Folded<State> {
  readonly state: State;
  readonly revision: bigint;
  readonly position: bigint;
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
 */
export class FoldedStreams {
  private readonly byDecider = new WeakMap<object, Map<string, Folded<unknown>>>();

  constructor(
    private readonly store: Pick<EventLog, 'readStream'>,
    private readonly capacity = STREAMS_PER_DECIDER,
  ) {}

  /** The stream folded to its end, or null when it has no events. */
  async read<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
  ): Promise<Folded<State> | null> {
    const known = this.known(decider).get(stream) as Folded<State> | undefined;
    const newer = await this.store.readStream<Event>(stream, known && { after: known.revision });
    return this.remember(stream, decider, newer, known ?? null);
  }

  /**
   * The stream as this process last folded it, without reading the log: it may have moved
   * since (another process), so only a conditional append may rely on it.
   */
  cached<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
  ): Folded<State> | undefined {
    return this.known(decider).get(stream) as Folded<State> | undefined;
  }

  /** `events` folded onto `from` (or onto nothing), remembered as the stream's latest fold. */
  remember<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
    events: readonly RecordedEvent<Event>[],
    from: Folded<State> | null,
  ): Folded<State> | null {
    const last = events.at(-1);
    if (!last) return from && this.keep(stream, decider, from);
    const state = events.reduce(decider.evolve, from?.state ?? decider.initialState());
    return this.keep(stream, decider, { state, revision: last.revision, position: last.position });
  }

  /** `folded` remembered as the stream's latest fold (not kept for personal data). */
  keep<State, Event extends DomainEvent>(
    stream: string,
    decider: Evolving<State, Event>,
    folded: Folded<State>,
  ): Folded<State> {
    if (decider.holdsPersonalData) return folded;
    const known = this.known(decider);
    known.delete(stream);
    known.set(stream, folded);
    if (known.size > this.capacity) known.delete(known.keys().next().value!);
    return folded;
  }

  private known(decider: object): Map<string, Folded<unknown>> {
    let known = this.byDecider.get(decider);
    if (!known) this.byDecider.set(decider, (known = new Map<string, Folded<unknown>>()));
    return known;
  }
}
