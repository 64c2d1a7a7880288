import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { copyDatabase } from '../../src/backup/copy-database';

/**
 * A writer of its own thread, as the service is to a backup: transactions of 1 to 20 rows on
 * random pages of an index (a commit touches many pages), each one counted in `tally` in the same
 * transaction, and a checkpoint after every commit, so the WAL is written back and started again
 * all the time (the case where a copy could replay a stale part of it).
 */
const WRITER = `
const { DatabaseSync } = require('node:sqlite');
const { workerData, parentPort } = require('node:worker_threads');
const db = new DatabaseSync(workerData.file);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 1');
const insert = db.prepare('INSERT INTO rows (id, body) VALUES (?, randomblob(300))');
const tally = db.prepare('UPDATE tally SET rows = rows + ?, commits = commits + 1');
let stop = false;
parentPort.on('message', () => (stop = true));
(async () => {
  for (let commit = 0; !stop; commit++) {
    const rows = 1 + (commit % 20);
    db.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < rows; i++) insert.run(crypto.randomUUID());
    tally.run(rows);
    db.exec('COMMIT');
    if (commit % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  db.close();
  parentPort.postMessage('stopped');
})();
`;

describe('A live database copied by a backup', () => {
  it('is whole and at one commit, while a writer commits and checkpoints all along', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copy-database-'));
    const file = join(dir, 'live.sqlite');
    const setup = new DatabaseSync(file);
    setup.exec(`PRAGMA journal_mode = WAL;
      CREATE TABLE rows (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body BLOB NOT NULL);
      CREATE TABLE tally (rows INTEGER NOT NULL, commits INTEGER NOT NULL);
      INSERT INTO tally VALUES (0, 0);`);
    const writer = new Worker(WRITER, { eval: true, workerData: { file } });
    const commitsNow = () =>
      (setup.prepare('SELECT commits FROM tally').get() as { commits: number }).commits;
    try {
      // Each copy starts only after the writer has committed again since the last one began, so
      // every copy races live commits and checkpoints however slow the machine is (no count of
      // commits per second is assumed).
      let before = 0;
      for (let round = 0; round < 30; round++) {
        const after = before + (round === 0 ? 200 : 10);
        while (commitsNow() < after) await new Promise((resolve) => setTimeout(resolve, 5));
        before = commitsNow();
        const copy = join(dir, `copy-${round}.sqlite`);
        await copyDatabase(file, copy);

        const db = new DatabaseSync(copy, { readOnly: true });
        try {
          expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
          expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'delete' });
          const tally = db.prepare('SELECT rows, commits FROM tally').get() as {
            rows: number;
            commits: number;
          };
          const rows = (db.prepare('SELECT COUNT(*) AS n FROM rows').get() as { n: number }).n;
          expect(rows).toBe(tally.rows);
          expect(tally.commits).toBeGreaterThanOrEqual(before);
        } finally {
          db.close();
        }
      }
    } finally {
      const stopped = new Promise((resolve) => writer.once('message', resolve));
      writer.postMessage('stop');
      await stopped;
      await writer.terminate();
      setup.close();
    }
  }, 120_000);
});
