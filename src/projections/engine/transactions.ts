import type { RecordedEvent } from '../../event-store/event-store';
import type { ReadStore } from '../../read-store/read-store';

/** A page of the log cut into the runs of events the read store takes in one transaction. */
export function* inTransactions(
  page: readonly RecordedEvent[],
  store: Pick<ReadStore, 'maxEventsPerTransaction'>,
): Generator<readonly RecordedEvent[]> {
  const size = store.maxEventsPerTransaction ?? page.length;
  if (size >= page.length) {
    yield page;
    return;
  }
  for (let start = 0; start < page.length; start += size) yield page.slice(start, start + size);
}
