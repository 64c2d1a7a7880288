/**
 * The event store cannot serve this request now, though nothing is wrong with the request: the
 * node asked is not the leader (an election is under way, or the client has yet to find the new
 * leader), or a stream the service relies on was deleted by hand. Nothing was written. The HTTP
 * layer answers it as 503 `storage-unavailable` with Retry-After, never as a 500.
 */
export class EventStoreUnavailableError extends Error {
  constructor(
    readonly reason: 'not-leader' | 'stream-deleted',
    options?: ErrorOptions,
  ) {
    super(
      reason === 'not-leader'
        ? 'The event store node is not the leader'
        : 'An event stream was deleted from the event store',
      options,
    );
    this.name = 'EventStoreUnavailableError';
  }
}
