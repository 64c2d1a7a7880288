import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

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

/**
 * Every regular file below `folder`, as `/`-separated paths relative to it; none if missing (a
 * folder gone while it is read holds none either). One listing a folder: Node's recursive
 * readdir took ten times as long for 10,000 files in one folder.
 */
export async function filesBelow(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (below: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(below, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const folders: Promise<void>[] = [];
    for (const entry of entries)
      if (entry.isDirectory())
        folders.push(walk(join(below, entry.name), `${prefix}${entry.name}/`));
      else if (entry.isFile()) found.push(`${prefix}${entry.name}`);
    await Promise.all(folders);
  };
  await walk(folder, '');
  return found.sort();
}
