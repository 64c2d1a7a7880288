/**
 * The first statement of every connection to a store's file, before `journal_mode = WAL`:
 * instances started together on an empty DATA_DIR open each file at the same moment, and the
 * first switch to WAL needs the file to itself. Without a busy timeout yet, that switch failed
 * at once with "database is locked" in every instance but one (in 10 of 10 tries with four
 * openers at once), which then did not start.
 */
export const WAIT_FOR_LOCKS = 'PRAGMA busy_timeout = 5000;';

/** How long the first statements are tried again, in all: a lock held longer is a real one. */
const RETRY_MS = 5_000;
const PAUSE_MS = 50;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs a connection's first statements (the switch to WAL, the schema) again while the file is
 * locked. The busy timeout does not cover every case: two connections that both read the new
 * file and then both want it to themselves would wait on each other for ever, so SQLite answers
 * one of them "database is locked" at once instead of waiting (seen with four openers at once on
 * a loaded machine). The statements are idempotent; a constructor cannot await, so the pause
 * blocks the thread, only while another process creates the file.
 */
export function whileLocked<T>(work: () => T): T {
  const deadline = Date.now() + RETRY_MS;
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (Date.now() >= deadline || !isLocked(error)) throw error;
      Atomics.wait(pause, 0, 0, PAUSE_MS);
    }
  }
}

const isLocked = (error: unknown): boolean =>
  error instanceof Error && /database is locked|SQLITE_BUSY/.test(error.message);
