import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { readStoreContract } from './read-store.contract';

describe('SqliteReadStore (embedded)', () => {
  readStoreContract(() =>
    Promise.resolve(new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite'))),
  );
});
