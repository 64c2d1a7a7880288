import type { EventStore, RecordedEvent, SubscribeOptions } from './event-store';

const PAGE = 500;

/**
 * A catch-up subscription built on paged reads: read pages until the head, then wait for the
 * next append and read again. Events come strictly in log order, one at a time, so a consumer
 * using `for await` never handles two at once.
 */
export async function* followLog(
  store: Pick<EventStore, 'readAll'>,
  { after, signal }: SubscribeOptions,
  waitForAppend: (signal: AbortSignal) => Promise<void>,
): AsyncGenerator<RecordedEvent> {
  const stop = signal ?? new AbortController().signal;
  let position = after;
  while (!stop.aborted) {
    const page = await store.readAll({ after: position, limit: PAGE });
    for (const event of page) {
      if (stop.aborted) return;
      yield event;
      position = event.position;
    }
    if (page.length < PAGE) await waitForAppend(stop);
  }
}
