import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { EventToAppend, RecordedEvent } from '../event-store';
import { truncateWal } from '../../sqlite/truncate-wal';
import { COLUMNS, type EventRow, toRecorded } from './event-row';

/**
 * Learner profiles appended before personal data was encrypted: `LearnerProfileRecorded` v1,
 * name and e-mail in the clear. Literal, so the planner matches queries to the partial index.
 */
const IN_THE_CLEAR = `type = 'LearnerProfileRecorded' AND json_extract(metadata, '$.eventVersion') = 1`;

/**
 * A partial index that holds only those profiles (their positions, never their data): finding
 * them reads no other row, and once they are sealed it is empty. Appends pay one comparison of
 * the type; building it on an existing log reads the log once.
 */
export function indexProfilesInTheClear(db: DatabaseSync): void {
  db.exec(
    `CREATE INDEX IF NOT EXISTS events_profiles_in_the_clear ON events (position) WHERE ${IN_THE_CLEAR}`,
  );
}

/** How many profiles the log at `file` still holds in the clear (through the index). */
export function countProfilesInTheClear(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db.prepare(`SELECT count(*) AS n FROM events WHERE ${IN_THE_CLEAR}`).get() as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

/** The sealed form of one profile: its new data and metadata; nothing else of it may change. */
export type SealInPlace = (
  event: RecordedEvent,
) => Promise<Pick<EventToAppend, 'data' | 'metadata'>>;

const BATCH = 200;

/**
 * Rewrites every profile held in the clear in place, as `seal` gives it: same position, event
 * id, stream and revision, so no checkpoint or expected revision anywhere changes. A batch per
 * short write transaction (the service may keep appending meanwhile), sealed before the
 * transaction opens; a row another run sealed first is left alone. Then the file is written
 * anew (VACUUM, which holds the write lock for as long as it takes: appends wait, up to their
 * busy timeout) and the WAL, which still holds old pages, is checkpointed into the file and
 * truncated, so no copy of a name is left in any of the log's files. Returns how many it sealed.
 */
export async function sealProfilesInPlace(
  file: string,
  seal: SealInPlace,
  progress: (sealed: number) => void = () => {},
): Promise<number> {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;');
    indexProfilesInTheClear(db);
    const select = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE ${IN_THE_CLEAR} AND position > ? ORDER BY position LIMIT ?`,
    );
    select.setReadBigInts(true);
    const update = db.prepare(
      `UPDATE events SET data = ?, metadata = ? WHERE position = ? AND ${IN_THE_CLEAR}`,
    );
    let sealed = 0;
    let after = 0n;
    for (let rows = select.all(after, BATCH) as EventRow[]; rows.length > 0;) {
      const events = rows.map((row) => toRecorded(row));
      const replacements = await Promise.all(events.map(seal));
      db.exec('BEGIN IMMEDIATE');
      try {
        for (const [i, { data, metadata }] of replacements.entries())
          sealed += Number(
            update.run(JSON.stringify(data), JSON.stringify(metadata), events[i]!.position).changes,
          );
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
      progress(sealed);
      after = events.at(-1)!.position;
      rows = select.all(after, BATCH) as EventRow[];
    }
    // secure_delete covers what this connection frees, not what the appends left before it:
    // a page that was split keeps copies of rows it no longer holds in its unused space.
    // VACUUM writes every page anew; always, so a rerun finishes a run that stopped here.
    db.exec('VACUUM');
    // Other processes' readers may hold old snapshots for a while: wait up to 5 s.
    await truncateWal(db, 'event log', 250);
    return sealed;
  } finally {
    db.close();
  }
}
