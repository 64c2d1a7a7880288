import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { readStoreContract } from './read-store.contract';

describe('SqliteReadStore (embedded)', () => {
  readStoreContract(() =>
    Promise.resolve(new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite'))),
  );
});

describe('SqliteReadStore in a bulk run', () => {
  /** WAL frames not yet copied into the database file after writing ~48 MB in 48 transactions. */
  async function framesLeftAfterWrites(bulk: boolean): Promise<number> {
    const file = join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite');
    const store = new SqliteReadStore(file);
    await store.ensureCollection({ name: 'blobs', indexes: [] });
    const write = async () => {
      for (let t = 0; t < 48; t++)
        await store.transaction((tx) =>
          tx.putMany(
            'blobs',
            Array.from({ length: 250 }, (_, i) => ({ _id: `${t}-${i}`, text: 'x'.repeat(4000) })),
          ),
        );
    };
    await (bulk ? store.inBulk(write) : write());
    // Another connection sees how much of the WAL was never checkpointed: PASSIVE copies it now.
    const other = new DatabaseSync(file);
    const { log, checkpointed } = other.prepare('PRAGMA wal_checkpoint(PASSIVE)').get() as {
      log: number;
      checkpointed: number;
    };
    other.close();
    await store.close();
    return checkpointed >= 0 ? log : -1;
  }

  it('puts off checkpoints (two fsyncs each) until the WAL holds ~100 MB, otherwise ~40 MB', async () => {
    // ~12,000 frames: one checkpoint at 10,000 leaves the rest; a bulk run checkpoints none.
    expect(await framesLeftAfterWrites(false)).toBeLessThan(5_000);
    expect(await framesLeftAfterWrites(true)).toBeGreaterThan(10_000);
  });
});
