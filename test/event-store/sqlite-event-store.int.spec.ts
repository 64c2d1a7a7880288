import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { eventStoreContract } from './event-store.contract';

describe('SqliteEventStore (embedded)', () => {
  eventStoreContract(() =>
    Promise.resolve(
      new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'events-')), 'events.sqlite'), 20),
    ),
  );
});
