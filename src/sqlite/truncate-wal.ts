import type { DatabaseSync } from 'node:sqlite';

/**
 * Copies every page of the WAL into the database file and truncates the WAL to nothing, so old
 * page images (overwritten or deleted data) leave it. A reader still on an old snapshot keeps
 * the checkpoint busy: try again for about `attempts` × 20 ms, then throw, naming `what`.
 */
export async function truncateWal(db: DatabaseSync, what: string, attempts = 50): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const { busy } = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number };
    if (busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The ${what} WAL could not be truncated: a reader kept it busy`);
}
