import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { SnapshotFile } from './snapshot-manifest';

/**
 * Copies a file (the kernel's copy, a clone where the file system can), then hashes the copy:
 * the manifest's entry is what the snapshot holds, and the read comes from the page cache.
 */
export async function copyHashed(from: string, root: string, path: string): Promise<SnapshotFile> {
  const to = join(root, path);
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  return { path, ...(await hashOf(to)) };
}

/** Runs `task` on every item, `limit` at once, keeping the items' order in the answers. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const answers: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      answers[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return answers;
}

/** Large reads: hashing a log of a gigabyte in 64 KB chunks spends a third of its time between them. */
const HASH_CHUNK = 1024 * 1024;

/** The SHA-256 and size of a file. */
export async function hashOf(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, {
    highWaterMark: HASH_CHUNK,
  }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Every regular file below `folder`, as `/`-separated paths relative to it; none if missing. */
export async function filesBelow(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
