import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import type { BackgroundSetup, BatchAnswer, TableBatch } from './background-commits';

/**
 * The thread that commits a read store's batches (background-commits.ts) on a connection of its
 * own. Only node: modules and types are imported: from the sources this file runs as it is, its
 * types stripped.
 */

/** Rows per multi-row insert, as the read store's own `putMany`. */
const ROWS = 64;
const { file, pragmas } = workerData as BackgroundSetup;
const db = new DatabaseSync(file);
db.exec(pragmas);
const statements = new Map<string, StatementSync>();

function prepared(sql: string): StatementSync {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The check that did not hold, or -1 once the batch is committed. */
function commit({ checks, writes }: TableBatch): number {
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const [i, { table, id, field, value }] of checks.entries()) {
      const row = prepared(
        `SELECT json_extract(doc, '$.' || ?) AS value FROM ${table} WHERE id = ?`,
      ).get(field, id) as { value: unknown } | undefined;
      if ((row?.value ?? null) !== value) {
        db.exec('ROLLBACK');
        return i;
      }
    }
    for (const { table, ids, docs } of writes) write(table, ids, docs);
    db.exec('COMMIT');
    return -1;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function write(table: string, ids: readonly string[], docs: readonly (string | null)[]): void {
  const one = prepared(`INSERT OR REPLACE INTO ${table} (id, doc) VALUES (?, ?)`);
  const many = prepared(
    `INSERT OR REPLACE INTO ${table} (id, doc) VALUES ${'(?, ?), '.repeat(ROWS - 1)}(?, ?)`,
  );
  const remove = prepared(`DELETE FROM ${table} WHERE id = ?`);
  const params = new Array<string>(ROWS * 2);
  let held = 0;
  // In id order: the inserts walk each b-tree from one end to the other, a page touched once.
  const order = Array.from(ids.keys()).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  for (const i of order) {
    const doc = docs[i];
    if (doc === null || doc === undefined) {
      remove.run(ids[i]!);
      continue;
    }
    params[2 * held] = ids[i]!;
    params[2 * held + 1] = doc;
    if (++held === ROWS) {
      many.run(...params);
      held = 0;
    }
  }
  for (let i = 0; i < held; i++) one.run(params[2 * i]!, params[2 * i + 1]!);
}

parentPort!.on('message', (batch: TableBatch | 'close') => {
  if (batch === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  let answer: BatchAnswer;
  try {
    const failed = commit(batch);
    answer = failed === -1 ? { committed: true } : { failedCheck: failed };
  } catch (error) {
    const { message, name, code } = error as NodeJS.ErrnoException;
    answer = { error: { message, name, code } };
  }
  parentPort!.postMessage(answer);
});
