import type { EventStore, RecordedEvent, SubscribeOptions } from './event-store';

const PAGE = 1000;

/**
 * A catch-up subscription built on paged reads: read pages until the head, then wait for the
 * next append and read again. Pages come strictly in log order, one at a time, so a consumer
 * using `for await` never handles two at once.
 */
export async function* followLogInPages(
  store: Pick<EventStore, 'readAll'>,
  { after, signal }: SubscribeOptions,
  waitForAppend: (signal: AbortSignal) => Promise<void>,
): AsyncGenerator<RecordedEvent[]> {
  const stop = signal ?? new AbortController().signal;
  let position = after;
  while (!stop.aborted) {
    const page = await store.readAll({ after: position, limit: PAGE });
    if (page.length > 0) {
      yield page;
      position = page.at(-1)!.position;
    }
    if (page.length < PAGE && !stop.aborted) await waitForAppend(stop);
  }
}

export async function* followLog(
  store: Pick<EventStore, 'readAll'>,
  options: SubscribeOptions,
  waitForAppend: (signal: AbortSignal) => Promise<void>,
): AsyncGenerator<RecordedEvent> {
  for await (const page of followLogInPages(store, options, waitForAppend))
    for (const event of page) {
      if (options.signal?.aborted) return;
      yield event;
    }
}
