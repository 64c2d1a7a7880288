import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  WrongExpectedRevisionError,
} from '../../../src/event-store/event-store';
import { sampleEvent, uniqueStream } from '../../support/sample-events';

export interface Written {
  readonly appended: string[];
  readonly refused: string[];
}

/**
 * A writer that owns a stream and appends to it one event at a time with the revision it got
 * back, every fifth time also trying a stale revision, which must be refused.
 */
export async function streamWriter(store: EventStore, appends: number): Promise<Written> {
  const stream = uniqueStream();
  const written: Written = { appended: [], refused: [] };
  let revision: ExpectedRevision = 'no-stream';
  for (let i = 0; i < appends; i++) {
    const event = sampleEvent();
    const appending = store.append(stream, [event], revision);
    if (i % 5 === 4 && revision !== 'no-stream') {
      const stale = sampleEvent();
      const refused = await store.append(stream, [stale], revision - 1n).then(
        () => false,
        (error: unknown) => error instanceof WrongExpectedRevisionError,
      );
      if (!refused) throw new Error(`a stale append to ${stream} was not refused`);
      written.refused.push(stale.eventId);
    }
    const result: AppendResult = await appending;
    revision = result.revision;
    written.appended.push(event.eventId);
  }
  return written;
}
