import { createHash } from 'node:crypto';

/** Points a connection string at another database, keeping its hosts and options. */
export const withDatabase = (url: string, database: string): string =>
  url.replace(/^([^:]+:\/\/[^/?]*)(\/[^?]*)?/, `$1/${database}`);

const STORE_SETTINGS = [
  'EVENT_STORE',
  'KURRENTDB_URL',
  'READ_STORE',
  'FILE_STORE',
  'MONGODB_URL',
] as const;

/**
 * The stores a test app runs on: the embedded ones, unless the environment names others (as
 * `npm run test:stack` does). On servers every data directory gets a log and a database of its
 * own, derived from it, so a test that restarts an app on the same directory finds its data
 * again, and no two test apps ever see each other's.
 */
export function storeSettings(dataDir: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const name of STORE_SETTINGS) {
    const value = process.env[name];
    if (value) settings[name] = value;
  }
  const id = `t_${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;
  if (settings.EVENT_STORE === 'kurrentdb') settings.KURRENTDB_STREAM_PREFIX = id;
  if (settings.MONGODB_URL) settings.MONGODB_URL = withDatabase(settings.MONGODB_URL, id);
  return settings;
}
