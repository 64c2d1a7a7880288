import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Config } from '../config/config';
import { type JournalledErasure, readErasureJournal } from '../personal-data/erasure-journal';
import { SNAPSHOT_PATHS, SnapshotRefused } from './snapshot-manifest';

/** The erasures a restore must keep, and where each count came from (ids and times only). */
export interface ErasuresToKeep {
  readonly erasures: readonly JournalledErasure[];
  readonly sources: readonly string[];
}

/**
 * Every erasure the installation being replaced records (its log's erasure events and its key
 * store's tombstones) and every one in the erasure journal. Reads only. A damaged store is said
 * and passed over (the other sources still count); a journal that does not parse is refused.
 */
export async function erasuresToKeep(
  config: Pick<Config, 'DATA_DIR' | 'ERASURE_JOURNAL'>,
  say: (line: string) => void,
): Promise<ErasuresToKeep> {
  const erasures: JournalledErasure[] = [];
  const sources: string[] = [];
  const fromFile = (what: string, file: string, sql: string) => {
    if (!existsSync(file)) return;
    try {
      const found = readRows(file, sql);
      erasures.push(...found);
      sources.push(`${found.length} from ${what} (${file})`);
    } catch (error) {
      say(`could not read the erasures of ${file} (${(error as Error).message}); going on without`);
    }
  };
  fromFile(
    "the replaced DATA_DIR's event log",
    join(config.DATA_DIR, SNAPSHOT_PATHS.log),
    `SELECT json_extract(metadata, '$.tenant') AS tenant, json_extract(data, '$.learnerId') AS learnerId,
            json_extract(data, '$.erasedAt') AS erasedAt
     FROM events WHERE type = 'LearnerPersonalDataErased'`,
  );
  fromFile(
    "the replaced DATA_DIR's key store",
    join(config.DATA_DIR, SNAPSHOT_PATHS.keys),
    `SELECT tenant, learner_id AS learnerId, erased_at AS erasedAt
     FROM learner_keys WHERE key IS NULL AND erased_at IS NOT NULL`,
  );
  if (config.ERASURE_JOURNAL) {
    let journalled: JournalledErasure[];
    try {
      journalled = await readErasureJournal(config.ERASURE_JOURNAL);
    } catch (error) {
      throw new SnapshotRefused(`the erasure journal: ${(error as Error).message}`);
    }
    erasures.push(...journalled);
    sources.push(`${journalled.length} from the erasure journal (${config.ERASURE_JOURNAL})`);
  }
  return { erasures, sources };
}

function readRows(file: string, sql: string): JournalledErasure[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    return db.prepare(sql).all() as unknown as JournalledErasure[];
  } finally {
    db.close();
  }
}
