import { randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import type { KeyCreationSetup, KeysAsked, KeysCreated } from './key-creation';

/**
 * The thread that creates learners' keys (key-creation.ts): its own connection to the
 * key store, so the commit's sync, the bulk of a new key's cost, blocks this thread and not the
 * one sealing and appending other commands' events. Only node: modules and types are imported:
 * from the sources this file runs as it is, its types stripped.
 */

const KEY_BYTES = 32;
const { file, pragmas } = workerData as KeyCreationSetup;
const db = new DatabaseSync(file);
db.exec(pragmas);
const insert = db.prepare(
  'INSERT OR IGNORE INTO learner_keys (tenant, learner_id, key) VALUES (?, ?, ?)',
);
const select = db.prepare('SELECT key FROM learner_keys WHERE tenant = ? AND learner_id = ?');

/**
 * One transaction for the batch. A learner's row made by another connection (or earlier in the
 * batch), a tombstone included, is read back instead: the first insert wins.
 */
function create(learners: KeysAsked['learners']): (Uint8Array | null)[] {
  const fresh = randomBytes(KEY_BYTES * learners.length);
  db.exec('BEGIN IMMEDIATE');
  try {
    const keys = learners.map(([tenant, learnerId], i) => {
      const key = fresh.subarray(i * KEY_BYTES, (i + 1) * KEY_BYTES);
      if (insert.run(tenant, learnerId, key).changes === 1) return key;
      const row = select.get(tenant, learnerId) as { key: Uint8Array | null } | undefined;
      return row?.key ?? null;
    });
    db.exec('COMMIT');
    return keys;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

parentPort!.on('message', (asked: KeysAsked | 'close') => {
  if (asked === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  let answer: KeysCreated;
  try {
    answer = { keys: create(asked.learners) };
  } catch (error) {
    const { message, name, code } = error as NodeJS.ErrnoException;
    answer = { error: { message, name, code } };
  }
  parentPort!.postMessage(answer);
});
