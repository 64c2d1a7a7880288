import { join } from 'node:path';
import { type Config, ConfigError } from '../config/config';
import type { ReadStore } from './read-store';
import { SqliteReadStore } from './sqlite/sqlite-read-store';

export type ReadStoreConfig = Pick<Config, 'READ_STORE' | 'MONGODB_URL' | 'DATA_DIR'>;

/** The only place that knows which read store adapter runs. */
export async function openReadStore(config: ReadStoreConfig): Promise<ReadStore> {
  if (config.READ_STORE === 'sqlite')
    return new SqliteReadStore(join(config.DATA_DIR, 'read-models.sqlite'));
  // Refused here too, not only by the config schema: never a silent fall-back to SQLite.
  if (!config.MONGODB_URL)
    throw new ConfigError('Invalid configuration: MONGODB_URL is required when READ_STORE=mongodb');
  // Loaded only when configured: the embedded default never pays for the MongoDB driver's import.
  const { MongoReadStore } = await import('./mongodb/mongo-read-store.js');
  return MongoReadStore.connect(config.MONGODB_URL);
}
