import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskFileStore } from '../../src/file-store/disk/disk-file-store';
import { fileStoreContract } from './file-store.contract';

describe('DiskFileStore (embedded)', () => {
  fileStoreContract(() =>
    Promise.resolve(new DiskFileStore(mkdtempSync(join(tmpdir(), 'files-')))),
  );
});
