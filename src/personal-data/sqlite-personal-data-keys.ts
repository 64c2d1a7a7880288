import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { GroupCommit } from '../sqlite/group-commit';
import { type CreateHere, KeyCreation } from './key-creation';
import { truncateWal } from '../sqlite/truncate-wal';
import { WAIT_FOR_LOCKS, whileLocked } from '../sqlite/wait-for-locks';
import {
  type LearnerKey,
  type LearnerRef,
  learnerKeyId,
  type PersonalDataKeys,
} from './personal-data-keys';

const KEY_BYTES = 32;

interface KeyRow {
  tenant: string;
  learner_id: string;
  key: Uint8Array | null;
  erased_at: string | null;
}

/** The key store's settings, on every connection to it. */
const PRAGMAS = `${WAIT_FOR_LOCKS} PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
  PRAGMA secure_delete = ON;`;

/**
 * The keys in their own SQLite file (not the event log's, not the read models'). WAL with
 * `synchronous = FULL`: a key is on disk before the event sealed under it is appended, at one
 * sync per commit (a rollback journal needs several: 15-20 ms a commit here, against 2-3 ms).
 * New keys asked for in one turn of the event loop are created together (`KeyCreation`): a
 * lone one on this thread, several by a thread of their own, so concurrent first profiles share
 * a commit and its sync, each still waiting for it, while this thread goes on with the events
 * whose keys exist. `secure_delete` zeroes a destroyed key in its page,
 * and each destruction checkpoints and truncates the WAL, so no older image of the page keeps it
 * either.
 */
export class SqlitePersonalDataKeys implements PersonalDataKeys {
  private readonly db: DatabaseSync;
  // Prepared once: every page of the log with a profile on it looks keys up.
  private readonly select: StatementSync;
  private readonly tombstone: StatementSync;
  private readonly creations: KeyCreation;

  constructor(file: string) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: for ':memory:' the folder would be '.', which is there already
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    this.db = new DatabaseSync(file);
    if (file !== ':memory:') chmodSync(file, 0o600);
    whileLocked(() =>
      this.db.exec(
        `${PRAGMAS}
         CREATE TABLE IF NOT EXISTS learner_keys (
           tenant TEXT NOT NULL, learner_id TEXT NOT NULL, key BLOB, erased_at TEXT,
           PRIMARY KEY (tenant, learner_id)) WITHOUT ROWID;`,
      ),
    );
    this.select = this.db.prepare(
      'SELECT tenant, learner_id, key, erased_at FROM learner_keys WHERE tenant = ? AND learner_id = ?',
    );
    this.tombstone = this.db.prepare(
      `INSERT INTO learner_keys (tenant, learner_id, key, erased_at) VALUES (?, ?, NULL, ?)
       ON CONFLICT (tenant, learner_id) DO UPDATE SET key = NULL,
         erased_at = COALESCE(learner_keys.erased_at, excluded.erased_at)`,
    );
    // A thread's connection cannot reach a database in memory: that one creates keys here only.
    this.creations = new KeyCreation(
      createdHere(this.db, this.select),
      file === ':memory:' ? undefined : { file, pragmas: PRAGMAS },
    );
  }

  keyFor(learner: LearnerRef): Promise<Buffer | null> {
    // Read first: a learner's key exists after their first profile, and a read takes no lock.
    const row = this.select.get(learner.tenant, learner.learnerId) as KeyRow | undefined;
    // Stryker disable next-line ConditionalExpression: creating for a learner who has a row is ignored (INSERT OR IGNORE); reading first only spares the write
    if (row) return Promise.resolve(keyOf(row));
    // Resolved once the batch is committed. Another process, or another learner of the batch,
    // may create the same learner's key at once: the first insert wins and both read it back.
    return this.creations.create(learner);
  }

  find(learners: readonly LearnerRef[]): Promise<ReadonlyMap<string, LearnerKey>> {
    const found = new Map<string, LearnerKey>();
    for (const learner of learners) {
      const row = this.select.get(learner.tenant, learner.learnerId) as KeyRow | undefined;
      if (row) found.set(learnerKeyId(learner), toLearnerKey(row));
    }
    return Promise.resolve(found);
  }

  async destroy(learner: LearnerRef, erasedAt: string): Promise<void> {
    this.tombstone.run(learner.tenant, learner.learnerId, erasedAt);
    await truncateWal(this.db, 'personal data keys');
  }

  async close(): Promise<void> {
    if (!this.db.isOpen) return;
    await this.creations.close();
    // Stryker disable next-line ConditionalExpression: closed while the keys were written
    if (this.db.isOpen) this.db.close();
  }
}

// Stryker disable next-line OptionalChaining: after the insert the row is there
const keyOf = (row: KeyRow | undefined): Buffer | null => (row?.key ? Buffer.from(row.key) : null);

const toLearnerKey = (row: KeyRow): LearnerKey =>
  row.key
    ? { state: 'active', key: Buffer.from(row.key) }
    : { state: 'erased', erasedAt: row.erased_at ?? '' };

/**
 * A key written by this thread's connection, committed at once: KeyCreation has gathered what
 * was asked for in the turn already. Settled with the commit, as a group commit's jobs are.
 */
function createdHere(db: DatabaseSync, select: StatementSync): CreateHere {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO learner_keys (tenant, learner_id, key) VALUES (?, ?, ?)',
  );
  const creations = new GroupCommit<Buffer | null>(db, undefined, thrownHere);
  return ({ tenant, learnerId }) => {
    const created = creations.run(() => {
      const key = randomBytes(KEY_BYTES);
      // Read back only a row that was there already: another connection's key, or a tombstone.
      if (insert.run(tenant, learnerId, key).changes === 1) return key;
      return keyOf(select.get(tenant, learnerId) as KeyRow | undefined);
    }, true);
    creations.flush();
    return created;
  };
}

/** A failed commit of new keys, thrown again from the key store, so its stack names it. */
function thrownHere(error: Error): Error {
  return Object.assign(new Error(error.message, { cause: error }), { name: error.name });
}
