import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventsBehind } from '../../src/event-store/events-behind';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { sampleEvent, uniqueStream } from '../support/sample-events';

describe('eventsBehind', () => {
  const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'lag-')), 'events.sqlite'));
  afterAll(() => store.close());

  it('counts the events after a checkpoint, up to a cap', async () => {
    expect(await eventsBehind(store, undefined)).toEqual({ events: 0, atLeast: false });
    const first = await store.append(uniqueStream(), [sampleEvent()], 'no-stream');
    await store.append(uniqueStream(), [sampleEvent(), sampleEvent(), sampleEvent()], 'no-stream');
    expect(await eventsBehind(store, first.position)).toEqual({ events: 3, atLeast: false });
    expect(await eventsBehind(store, undefined, 2)).toEqual({ events: 2, atLeast: true });
  });
});
