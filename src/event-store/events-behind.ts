import type { EventStore, Position } from './event-store';

export interface EventsBehind {
  /** Events in the log after the checkpoint, counted up to the cap. */
  readonly events: number;
  /** True when the count stopped at the cap: the lag is at least `events`. */
  readonly atLeast: boolean;
}

/**
 * How far a consumer at `checkpoint` is behind the head of the log, in events. Positions are
 * not counts on every store (KurrentDB's are byte offsets in its log), so subtracting them
 * says nothing a reader of /health can use; this counts, reading at most `cap` events.
 */
export async function eventsBehind(
  store: Pick<EventStore, 'readAll'>,
  checkpoint: Position | undefined,
  cap = 1000,
): Promise<EventsBehind> {
  const page = await store.readAll({ after: checkpoint, limit: cap });
  return { events: page.length, atLeast: page.length >= cap };
}
