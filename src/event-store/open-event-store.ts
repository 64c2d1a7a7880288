import { join } from 'node:path';
import { type Config, ConfigError } from '../config/config';
import type { EventStore } from './event-store';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/**
 * The only place that knows which event store adapter runs. A configured KurrentDB must answer
 * within the start-up deadline, or start-up stops with a message naming it.
 */
export async function openEventStore(
  config: Pick<Config, 'EVENT_STORE' | 'KURRENTDB_URL' | 'KURRENTDB_STREAM_PREFIX' | 'DATA_DIR'>,
): Promise<EventStore> {
  if (config.EVENT_STORE === 'sqlite')
    return new SqliteEventStore(join(config.DATA_DIR, 'events.sqlite'));
  // Refused here too, not only by the config schema: never a silent fall-back to SQLite.
  if (!config.KURRENTDB_URL)
    throw new ConfigError(
      'Invalid configuration: KURRENTDB_URL is required when EVENT_STORE=kurrentdb',
    );
  return KurrentDbEventStore.connect(
    config.KURRENTDB_URL,
    undefined,
    config.KURRENTDB_STREAM_PREFIX,
  );
}
