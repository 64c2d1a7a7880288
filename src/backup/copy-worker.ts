import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  chmodSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { CopyTask, CopyAnswer, Hashed } from './copy-thread';

/**
 * The thread that copies and hashes for a backup, with blocking file calls: for 10,000 small
 * files, a promise per call (open, stat, read, write, close: each a trip to libuv's threads)
 * cost four times the work itself on a busy machine, and a read stream as much for the log.
 */

/** Files up to this size are read once into memory, hashed and written; larger ones cloned. */
const READ_WHOLE = 16 * 1024 * 1024;
/** Large reads: hashing a log of a gigabyte in 64 KB chunks spends a third of its time between them. */
const HASH_CHUNK = 4 * 1024 * 1024;

/** Blocks reused from file to file: a PDF's bytes, a chunk of the log. */
let file: Buffer | undefined;
let chunk: Buffer | undefined;
let madeFolder = '';
/** Whatever the source's mode (a file written before DATA_DIR was made private, say). */
const OWNER_ONLY = 0o600;

function hashOf(file: string): Hashed {
  chunk ??= Buffer.allocUnsafe(HASH_CHUNK);
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    let size = 0;
    for (let read; (read = readSync(fd, chunk, 0, chunk.length, size)) > 0; size += read)
      hash.update(chunk.subarray(0, read));
    return { size, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/** The copy's size and SHA-256, of the very bytes written; null if `from` is gone. */
function copyHashed(from: string, to: string): Hashed | null {
  let fd: number;
  try {
    fd = openSync(from, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let size: number;
  try {
    const info = fstatSync(fd);
    if (dirname(to) !== madeFolder) mkdirSync((madeFolder = dirname(to)), { recursive: true });
    if (info.size > READ_WHOLE) {
      copyFileSync(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
      // The kernel's copy keeps the source's mode; a snapshot is its owner's alone.
      chmodSync(to, OWNER_ONLY);
      return hashOf(to);
    }
    size = readWhole(fd, info.size);
  } finally {
    closeSync(fd);
  }
  const bytes = file!.subarray(0, size);
  const written = openSync(to, 'wx', OWNER_ONLY);
  try {
    for (let at = 0; at < size;) at += writeSync(written, bytes, at);
  } finally {
    closeSync(written);
  }
  return { size, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads a file to its end into `file` (grown as needed), answering its size. */
function readWhole(fd: number, expected: number): number {
  if (!file || file.length <= expected) file = Buffer.allocUnsafe(Math.max(expected + 1, 1 << 20));
  let size = 0;
  for (let read; (read = readSync(fd, file, size, file.length - size, size)) > 0;) {
    size += read;
    if (size === file.length) file = Buffer.concat([file, Buffer.allocUnsafe(file.length)]);
  }
  return size;
}

parentPort!.on('message', (task: CopyTask) => {
  let answer: CopyAnswer;
  try {
    answer =
      task.kind === 'hash'
        ? { id: task.id, hashed: [hashOf(task.file)] }
        : { id: task.id, hashed: task.copies.map(([from, to]) => copyHashed(from, to)) };
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    answer = { id: task.id, error: { message, code } };
  }
  parentPort!.postMessage(answer);
});
