import { constants } from 'node:fs';
import { chmod, copyFile, open, rm } from 'node:fs/promises';
import { backup, DatabaseSync } from 'node:sqlite';

/** A WAL file's header: its magic, format, page size, checkpoint sequence, salts and checksum. */
const WAL_HEADER_BYTES = 32;

/** Copies that met a WAL started again before falling back to SQLite's online backup. */
const ATTEMPTS = 3;

// All pages in one step: one read transaction, which WAL lets appends run beside. Stepping a few
// pages at a time would start again at every append of the running service, and never end.
const ALL_PAGES = 2 ** 31 - 1;

/**
 * Copies a live SQLite database in WAL mode into `to`, one file in rollback-journal mode: a
 * committed state of it, no older than the moment the call began.
 *
 * The database and its WAL are copied as files by the kernel while a read transaction is held
 * on the source, then SQLite recovers the copy from the copied WAL. Why that is consistent
 * (https://sqlite.org/wal.html, https://sqlite.org/walformat.html): a reader whose snapshot
 * needs frames of the WAL (1..mxFrame, some not yet in the database file) holds a read mark that
 * stops every checkpoint at mxFrame, so the database file only ever receives pages of frames
 * 1..mxFrame, which stay in the WAL (it cannot start again while the mark is held). Replaying the copied WAL puts each of those pages back as of the
 * snapshot or later; a page no frame holds was not written since. Frames appended during the
 * copy are taken up to their last whole commit: recovery checks each frame's salts and running
 * checksum, so a frame copied while it was being written ends the replay before its commit.
 * A reader whose snapshot needed no frame (every frame already in the database) holds read
 * mark 0 instead: no checkpoint writes the database file then, but the WAL may start again
 * under the copy, which could replay a stale part of the old frames. The WAL's header (its
 * salts) changes whenever it starts again, so the copy is kept only if the source's header is
 * still the one copied; else the copy is taken again, and after a few tries with SQLite's
 * online backup.
 *
 * The copy is not synced (as `cp`): a backup is durable once the operator's copy of it is.
 */
export async function copyDatabase(from: string, to: string): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await copyUnderReadTransaction(from, to)) return settle(to);
    await removeCopy(to);
  }
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    source.exec('PRAGMA busy_timeout = 5000');
    await backup(source, to, { rate: ALL_PAGES });
  } finally {
    source.close();
  }
  await settle(to);
}

/** Copies the database and its WAL under one read transaction; false if the WAL started again. */
async function copyUnderReadTransaction(from: string, to: string): Promise<boolean> {
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    source.exec('PRAGMA busy_timeout = 5000; BEGIN');
    source.prepare('SELECT COUNT(*) FROM sqlite_schema').get(); // takes the read mark
    await copyFile(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    const wal = `${from}-wal`;
    try {
      await copyFile(wal, `${to}-wal`, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    } catch (error) {
      // No WAL: none since the last connection closed, so the database file holds everything.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
      throw error;
    }
    const copied = await walHeader(`${to}-wal`);
    // A WAL with no header holds no frame: the database file holds the snapshot.
    return copied === null || copied.equals((await walHeader(wal)) ?? Buffer.alloc(0));
  } finally {
    if (source.isTransaction) source.exec('ROLLBACK');
    source.close();
  }
}

async function walHeader(file: string): Promise<Buffer | null> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return null;
  try {
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, WAL_HEADER_BYTES, 0);
    return bytesRead === WAL_HEADER_BYTES ? header : null;
  } finally {
    await handle.close();
  }
}

/**
 * Recovers the copy from its WAL and makes it one file: rollback-journal mode, the WAL written
 * back and removed (the service turns WAL on again when it opens a restored log).
 */
async function settle(to: string): Promise<void> {
  const copy = new DatabaseSync(to);
  try {
    copy.exec('PRAGMA synchronous = OFF; PRAGMA journal_mode = DELETE');
  } finally {
    copy.close();
  }
  await rm(`${to}-shm`, { force: true });
  // The kernel's copy kept the source's mode; a snapshot is its owner's alone.
  await chmod(to, 0o600);
}

async function removeCopy(to: string): Promise<void> {
  for (const file of [to, `${to}-wal`, `${to}-shm`]) await rm(file, { force: true });
}
