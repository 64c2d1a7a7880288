import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, RecordedEvent } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { sampleEvent, uniqueStream } from '../support/sample-events';
import { streamWriter } from './support/stream-writer';
import { writeFromAnotherProcess } from './support/writers-process';

const WRITERS_PER_STORE = 25;
const APPENDS_PER_WRITER = 60;

/**
 * Follows the whole log, event by event or page by page, until it sees the event `lastId`, or
 * for 15 s at most, so that a follower that skipped it fails on what it saw, not on a timeout.
 */
async function follow(store: EventStore, pages: boolean, lastId: string): Promise<RecordedEvent[]> {
  const controller = new AbortController();
  const options = { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(15_000)]) };
  const source = pages ? store.subscribeAllPages(options) : store.subscribeAll(options);
  const seen: RecordedEvent[] = [];
  for await (const item of source) {
    const events = [item].flat();
    seen.push(...events);
    if (events.some((e) => e.eventId === lastId)) controller.abort();
  }
  return seen;
}

describe('The embedded log under concurrent appends from two stores and another process on one file', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'log-order-')), 'events.sqlite');
  const [a, b, observer] = [1, 2, 3].map(() => new SqliteEventStore(file, 20)) as [
    SqliteEventStore,
    SqliteEventStore,
    SqliteEventStore,
  ];
  afterAll(() => Promise.all([a, b, observer].map((store) => store.close())));

  it('shows followers every event once, in strictly ascending positions, skipping none', async () => {
    // Given: followers on one of the two stores, and on a third that only polls the file
    const end = sampleEvent();
    const followers = [
      follow(a, false, end.eventId),
      follow(a, true, end.eventId),
      follow(observer, false, end.eventId),
      follow(observer, true, end.eventId),
    ];

    // When: 25 concurrent writers on each store, and 25 in another process, append meanwhile
    const elsewhere = writeFromAnotherProcess(file, WRITERS_PER_STORE, APPENDS_PER_WRITER);
    while ((await observer.headPosition()) === null) await new Promise((r) => setTimeout(r, 5));
    const written = [
      ...(await Promise.all(
        [a, b].flatMap((store) =>
          Array.from({ length: WRITERS_PER_STORE }, () => streamWriter(store, APPENDS_PER_WRITER)),
        ),
      )),
      ...(await elsewhere),
    ];
    await b.append(uniqueStream(), [end], 'no-stream');
    const seenByFollowers = await Promise.all(followers);

    // Then: the log holds every accepted append and no refused one...
    const log = await readWholeLog(observer);
    const logIds = log.map((e) => e.eventId);
    const appended = written.flatMap((w) => w.appended);
    expect(new Set(logIds)).toEqual(new Set([...appended, end.eventId]));
    expect(logIds).toHaveLength(appended.length + 1);
    expect(written.flatMap((w) => w.refused).filter((id) => logIds.includes(id))).toEqual([]);
    // ...and every follower saw exactly that log, in strictly ascending positions
    for (const seen of seenByFollowers) {
      expect(seen.map((e) => e.eventId)).toEqual(logIds);
      expect(seen.every((e, i) => i === 0 || e.position > seen[i - 1]!.position)).toBe(true);
    }
  });
});

async function readWholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.position, limit: 1000 });
    if (page.length === 0) return events;
    events.push(...page);
  }
}
