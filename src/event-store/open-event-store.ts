import { join } from 'node:path';
import { type Config, ConfigError } from '../config/config';
import type { EventStore } from './event-store';
import { countProfilesInTheClear } from './sqlite/profiles-in-the-clear';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Where the embedded event log lives. */
export const sqliteEventLog = (config: Pick<Config, 'DATA_DIR'>): string =>
  join(config.DATA_DIR, 'events.sqlite');

type Warn = (details: Record<string, unknown>, message: string) => void;

/**
 * The only place that knows which event store adapter runs. A configured KurrentDB must answer
 * within the start-up deadline, or start-up stops with a message naming it. An embedded log
 * that still holds learner profiles in the clear is reported to `warn` (a count, through an
 * index that holds only them); a KurrentDB log cannot be asked that cheaply.
 */
export async function openEventStore(
  config: Pick<Config, 'EVENT_STORE' | 'KURRENTDB_URL' | 'KURRENTDB_STREAM_PREFIX' | 'DATA_DIR'>,
  warn: Warn = () => {},
): Promise<EventStore> {
  if (config.EVENT_STORE === 'sqlite') {
    const store = new SqliteEventStore(sqliteEventLog(config));
    const inTheClear = countProfilesInTheClear(sqliteEventLog(config));
    if (inTheClear > 0)
      warn(
        { profilesInTheClear: inTheClear },
        'the event log still holds learner profiles stored before encryption (LearnerProfileRecorded v1); seal them with npm run migrate:personal-data',
      );
    return store;
  }
  // Refused here too, not only by the config schema: never a silent fall-back to SQLite.
  if (!config.KURRENTDB_URL)
    throw new ConfigError(
      'Invalid configuration: KURRENTDB_URL is required when EVENT_STORE=kurrentdb',
    );
  // Loaded only when configured: the embedded default never pays for the gRPC client's import.
  const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-event-store.js');
  return KurrentDbEventStore.connect(
    config.KURRENTDB_URL,
    undefined,
    config.KURRENTDB_STREAM_PREFIX,
  );
}
