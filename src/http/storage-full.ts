/** Where a full disk showed: a store of the service, named as `/health` reports it. */
export type StoreName =
  'event-store' | 'read-store' | 'file-store' | 'personal-data-keys' | 'data-dir';

/** SQLite's SQLITE_FULL ("database or disk is full"), as node:sqlite reports it. */
const SQLITE_FULL = 13;
/** The system's "no space left on device" and "disk quota exceeded". */
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT']);

/**
 * Whether the error (or one it was caused by) says the disk is full: a state that passes once
 * space returns, so a write refused by it is worth retrying later, and is no bug of ours.
 * KurrentDB's and MongoDB's own errors are mapped beside this, in their own file.
 */
export function isStorageFull(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { errcode, code } = current as { errcode?: unknown; code?: unknown };
    if (errcode === SQLITE_FULL || (typeof code === 'string' && NO_SPACE.has(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Which store failed, read from where the error was thrown: node:sqlite's errors do not name
 * their database, and every embedded store shares DATA_DIR's disk anyway.
 */
export function storeOf(error: unknown): StoreName {
  const stack = (error as { stack?: unknown } | null)?.stack;
  const where = typeof stack === 'string' ? stack : '';
  if (where.includes('/event-store/')) return 'event-store';
  if (where.includes('/read-store/')) return 'read-store';
  if (where.includes('/file-store/')) return 'file-store';
  if (where.includes('/personal-data/')) return 'personal-data-keys';
  return 'data-dir';
}
