import { join } from 'node:path';
import type { Config } from '../config/config';
import { MongoPersonalDataKeys } from './mongo-personal-data-keys';
import type { PersonalDataKeys } from './personal-data-keys';
import { SqlitePersonalDataKeys } from './sqlite-personal-data-keys';

/**
 * Where the learners' keys live: beside the read models' MongoDB in production (its own
 * collection, never rebuilt), else a SQLite file of their own in DATA_DIR.
 */
export async function openPersonalDataKeys(
  config: Pick<Config, 'READ_STORE' | 'MONGODB_URL' | 'DATA_DIR'>,
): Promise<PersonalDataKeys> {
  if (config.READ_STORE === 'mongodb' && config.MONGODB_URL)
    return MongoPersonalDataKeys.connect(config.MONGODB_URL);
  return new SqlitePersonalDataKeys(join(config.DATA_DIR, 'personal-data-keys.sqlite'));
}
