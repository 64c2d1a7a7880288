import { join } from 'node:path';
import type { Config } from '../config/config';
import type { EventStore } from './event-store';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** The only place that knows which event store adapter runs. */
export function openEventStore(
  config: Pick<Config, 'EVENT_STORE' | 'KURRENTDB_URL' | 'DATA_DIR'>,
): EventStore {
  if (config.EVENT_STORE === 'kurrentdb' && config.KURRENTDB_URL)
    return new KurrentDbEventStore(config.KURRENTDB_URL);
  return new SqliteEventStore(join(config.DATA_DIR, 'events.sqlite'));
}
