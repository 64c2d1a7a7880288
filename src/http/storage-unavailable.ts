import { EventStoreUnavailableError } from '../event-store/event-store-unavailable-error';
import { Problem } from './problem';

/** How long a client is asked to wait: about a KurrentDB leader election. */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/**
 * The answer to a store that cannot serve now but will (503 `storage-unavailable`, with
 * Retry-After), or undefined for any other error. Kept apart from the filter so each store's
 * refusal is mapped in one place: today the event store's (not the leader, a deleted stream).
 */
export function storageUnavailable(error: unknown): Problem | undefined {
  if (error instanceof EventStoreUnavailableError)
    return new Problem(
      503,
      'storage-unavailable',
      'The event store cannot take this request right now; retry shortly',
      undefined,
      STORAGE_RETRY_AFTER_SECONDS,
    );
  return undefined;
}
