import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The thread that checkpoints a WAL database (checkpoint-thread.ts), on a connection of its
 * own. Only node: modules are imported: from the sources this file runs as it is, its types
 * stripped.
 */

const { file, passing } = workerData as { file: string; passing: Int32Array };
const db = new DatabaseSync(file);
// PASSIVE: copies what no reader still needs, waits for no one and blocks no writer.
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

parentPort!.on('message', (message: 'checkpoint' | 'close') => {
  if (message === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  try {
    checkpoint.get();
  } catch {
    // Busy or failing: the writer's own checkpoint, every few thousand pages, still runs.
  } finally {
    Atomics.store(passing, 0, 0);
  }
});
