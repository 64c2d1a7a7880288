import type { Config } from './config/config';
import { openEventStore } from './event-store/open-event-store';
import { openFileStore } from './file-store/open-file-store';
import { openReadStore } from './read-store/open-read-store';

/**
 * Opens each configured server store once and closes it again, before the application is
 * built: a store that cannot be reached or used then stops start-up with the one-line message
 * of its StoreUnavailableError, not with the framework's report of a failed provider.
 */
export async function checkConfiguredStores(config: Config): Promise<void> {
  if (config.EVENT_STORE === 'kurrentdb') await (await openEventStore(config)).close();
  if (config.READ_STORE === 'mongodb') await (await openReadStore(config)).close();
  else if (config.FILE_STORE === 'gridfs') await (await openFileStore(config)).close();
}
