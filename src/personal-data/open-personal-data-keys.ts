import { join } from 'node:path';
import type { Config } from '../config/config';
import type { PersonalDataKeys } from './personal-data-keys';
import { SqlitePersonalDataKeys } from './sqlite-personal-data-keys';

/**
 * Where the learners' keys live: beside the read models' MongoDB in production (its own
 * collection, never rebuilt), else a SQLite file of their own in DATA_DIR.
 */
export async function openPersonalDataKeys(
  config: Pick<Config, 'READ_STORE' | 'MONGODB_URL' | 'DATA_DIR'>,
): Promise<PersonalDataKeys> {
  if (config.READ_STORE === 'mongodb' && config.MONGODB_URL) {
    // Loaded only when configured: the embedded default never pays for the driver's import.
    const { MongoPersonalDataKeys } = await import('./mongo-personal-data-keys.js');
    return MongoPersonalDataKeys.connect(config.MONGODB_URL);
  }
  return new SqlitePersonalDataKeys(join(config.DATA_DIR, 'personal-data-keys.sqlite'));
}
