import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { eventStoreContract } from './event-store.contract';

describe('SqliteEventStore (embedded)', () => {
  // Every open is another connection to one file, as several processes would share it.
  const file = join(mkdtempSync(join(tmpdir(), 'events-')), 'events.sqlite');
  eventStoreContract(() => Promise.resolve(new SqliteEventStore(file, 20)));
});
