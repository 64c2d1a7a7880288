import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import type { PageAnswer, PageColumns, ReadAheadSetup } from './read-ahead';

/**
 * The thread that steps through the log's pages for `readAhead` (read-ahead.ts), on a
 * read-only connection of its own. Only node: modules and types are imported: from the sources
 * this file runs as it is, its types stripped.
 */

const { file, sql } = workerData as ReadAheadSetup;
const db = new DatabaseSync(file, { readOnly: true });
db.exec('PRAGMA busy_timeout = 5000');
const page = db.prepare(sql);
page.setReadBigInts(true);
page.setReturnArrays(true);

type Row = [bigint, string, string, bigint, string, string, string];

function read(after: bigint, limit: number): PageColumns {
  const rows = page.all(after, limit) as unknown as Row[];
  const columns = {
    positions: new BigInt64Array(rows.length),
    revisions: new BigInt64Array(rows.length),
    eventIds: new Array<string>(rows.length),
    streams: new Array<string>(rows.length),
    types: new Array<string>(rows.length),
    data: new Array<string>(rows.length),
    metadata: new Array<string>(rows.length),
  };
  rows.forEach(([position, eventId, stream, revision, type, data, metadata], i) => {
    columns.positions[i] = position;
    columns.eventIds[i] = eventId;
    columns.streams[i] = stream;
    columns.revisions[i] = revision;
    columns.types[i] = type;
    columns.data[i] = data;
    columns.metadata[i] = metadata;
  });
  return columns;
}

parentPort!.on('message', (asked: { after: bigint; limit: number } | 'close') => {
  if (asked === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  let answer: PageAnswer;
  try {
    answer = read(asked.after, asked.limit);
  } catch (error) {
    answer = { error: (error as Error).message };
  }
  const transfer = 'error' in answer ? [] : [answer.positions, answer.revisions];
  // The typed arrays' memory moves to the other thread instead of being copied.
  parentPort!.postMessage(
    answer,
    transfer.map((column) => column.buffer as ArrayBuffer),
  );
});
