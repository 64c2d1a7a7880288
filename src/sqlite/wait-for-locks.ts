/**
 * The first statement of every connection to a store's file, before `journal_mode = WAL`:
 * instances started together on an empty DATA_DIR open each file at the same moment, and the
 * first switch to WAL needs the file to itself. Without a busy timeout yet, that switch failed
 * at once with "database is locked" in every instance but one (in 10 of 10 tries with four
 * openers at once), which then did not start.
 */
export const WAIT_FOR_LOCKS = 'PRAGMA busy_timeout = 5000;';
