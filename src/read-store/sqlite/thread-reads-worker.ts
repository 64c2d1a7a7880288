import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Doc, ThreadDocuments } from '../read-store';
import type { ThreadAnswer, ThreadAsk } from './thread-reads';

/**
 * The thread that runs a read store's read jobs (thread-reads.ts) on a read-only connection of
 * its own. Only node: modules and types are imported: from the sources this file runs as it is,
 * its types stripped.
 */

const db = new DatabaseSync(workerData as string, { readOnly: true });
db.exec('PRAGMA busy_timeout = 5000');
const statements = new Map<string, StatementSync>();
type Job = { run(documents: ThreadDocuments, input: unknown): Promise<unknown> };
const jobs = new Map<string, Promise<Job>>();

// Not `instanceof Error`, as in the read store: node:sqlite's errors may come from another realm.
const isMissingTable = (error: unknown): boolean =>
  String((error as { message?: unknown } | null)?.message).startsWith('no such table');

/** The documents of a statement's rows; none when the collection does not exist (as the store answers). */
function docs<T extends Doc>(sql: string, params: readonly (string | number)[]): T[] {
  let statement = statements.get(sql);
  try {
    if (!statement) {
      statements.set(sql, (statement = db.prepare(sql)));
      statement.setReturnArrays(true);
    }
    const rows = statement.all(...params) as unknown as [doc: string][];
    return rows.map((row) => JSON.parse(row[0]) as T);
  } catch (error) {
    if (!isMissingTable(error)) throw error;
    statements.delete(sql);
    return [];
  }
}

/** `table` is already the collection's table name, made by the store. */
const tableDocuments = <T extends Doc>(table: string): ThreadDocuments<T> => ({
  range: (from, to, limit) =>
    Promise.resolve(
      docs<T>(`SELECT doc FROM ${table} WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?`, [
        from,
        to,
        limit,
      ]),
    ),
  getMany: (ids) =>
    Promise.resolve(
      ids.length === 0
        ? []
        : docs<T>(`SELECT doc FROM ${table} WHERE id IN (${ids.map(() => '?').join(',')})`, ids),
    ),
});

const failure = (error: unknown): ThreadAnswer => {
  const { message, name } = error as Error;
  return { error: { message: String(message), name: String(name) } };
};

async function answer({ module, table, input }: ThreadAsk): Promise<ThreadAnswer> {
  try {
    let job = jobs.get(module);
    if (!job) {
      jobs.set(module, (job = import(pathToFileURL(module).href) as Promise<Job>));
      // A module that did not load is tried again by the next job.
      job.catch(() => jobs.delete(module));
    }
    return { result: await (await job).run(tableDocuments(table), input) };
  } catch (error) {
    return failure(error);
  }
}

/** Every ask gets an answer, even one whose result cannot be cloned: the caller waits for it. */
function send(answered: ThreadAnswer): void {
  try {
    parentPort!.postMessage(answered);
  } catch (error) {
    parentPort!.postMessage(failure(error));
  }
}

// Jobs are answered in the order they were asked, one at a time: each runs synchronously in
// SQLite, so awaiting one before the next keeps the answers in order.
let last: Promise<unknown> = Promise.resolve();
parentPort!.on('message', (asked: ThreadAsk | 'close') => {
  last = last.then(async () => {
    if (asked === 'close') {
      db.close();
      parentPort!.close();
      return;
    }
    send(await answer(asked));
  });
});
