/**
 * An append that would store an event id a second time in its stream (see EventStore.append).
 * Event ids derive from command ids, so this means a command ran twice without its
 * Idempotency-Key: the caller's bug to see, never a write to make.
 */
export class DuplicateEventIdError extends Error {
  constructor(
    readonly stream: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} is already in stream ${stream}`);
    this.name = 'DuplicateEventIdError';
  }
}

/** The first id that the batch repeats or that is already among `stored`, if any. */
export function duplicateIn(
  batch: readonly { readonly eventId: string }[],
  stored: Iterable<string> = [],
): string | undefined {
  const seen = new Set(stored);
  for (const { eventId } of batch) {
    if (seen.has(eventId)) return eventId;
    seen.add(eventId);
  }
  return undefined;
}
