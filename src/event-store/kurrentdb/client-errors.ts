import { ErrorType } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../event-store-unavailable-error';

/**
 * The port's error for a KurrentDB client error the service can only wait out: NotLeaderError
 * (every call requires the leader, and a follower answers so during an election) and
 * StreamDeletedError (a stream deleted by hand). Matched by the client's `type`, which both the
 * gRPC and the native bridge paths set. Any other error is returned as it is.
 */
export function portErrorOf(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === ErrorType.NOT_LEADER)
    return new EventStoreUnavailableError('not-leader', { cause: error });
  if (type === ErrorType.STREAM_DELETED || type === ErrorType.STREAM_TOMBSTONED)
    return new EventStoreUnavailableError('stream-deleted', { cause: error });
  return error;
}
