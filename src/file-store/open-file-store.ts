import { join } from 'node:path';
import { ConfigError } from '../config/config';
import { DiskFileStore } from './disk/disk-file-store';
import type { FileStore } from './file-store';

export interface FileStoreConfig {
  readonly FILE_STORE: 'disk' | 'gridfs';
  readonly MONGODB_URL?: string;
  readonly DATA_DIR: string;
}

/** The one place that knows which adapter runs; everything else sees only the port. */
export async function openFileStore(config: FileStoreConfig): Promise<FileStore> {
  switch (config.FILE_STORE) {
    case 'disk':
      return new DiskFileStore(join(config.DATA_DIR, 'files'));
    case 'gridfs':
      // Checked here too, as the setting may come from elsewhere than loadConfig.
      if (!config.MONGODB_URL)
        throw new ConfigError('MONGODB_URL is required when FILE_STORE=gridfs');
      return openGridFs(config.MONGODB_URL);
  }
}

/** Loaded only when configured: the embedded default never pays for the MongoDB driver's import. */
async function openGridFs(url: string): Promise<FileStore> {
  const { GridFsFileStore } = await import('./gridfs/gridfs-file-store.js');
  return GridFsFileStore.connect(url);
}
