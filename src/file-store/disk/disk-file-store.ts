import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkKey, type FileContent, type FileStore, type StoredFile } from '../file-store';

/**
 * Files in a folder (DATA_DIR/files by default). A file is written under a temporary name while
 * it is hashed, then linked to its key: linking fails if the key exists, so the first file
 * written stays, whole, and a crash never leaves a partial file under a key.
 */
export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async putIfAbsent(key: string, content: FileContent): Promise<StoredFile> {
    const target = join(this.root, checkKey(key));
    await mkdir(dirname(target), { recursive: true });
    const existing = await this.describe(key, target);
    if (existing) return existing;
    const temporary = join(this.root, 'tmp', `${randomUUID()}.part`);
    await mkdir(dirname(temporary), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    try {
      const hashed = async function* () {
        for await (const chunk of chunksOf(content)) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          hash.update(bytes);
          size += bytes.length;
          yield bytes;
        }
      };
      await pipeline(hashed, createWriteStream(temporary));
      await link(temporary, target);
      return { key, size, sha256: hash.digest('hex') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return (await this.describe(key, target))!;
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async open(key: string): Promise<Readable | null> {
    const target = join(this.root, checkKey(key));
    try {
      await stat(target);
    } catch {
      return null;
    }
    return createReadStream(target);
  }

  /** A key is always a file: one unlink, where `rm` looks at what the path is first. */
  async delete(key: string): Promise<void> {
    try {
      await unlink(join(this.root, checkKey(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  private async describe(key: string, path: string): Promise<StoredFile | null> {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return null;
    }
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    return { key, size, sha256: hash.digest('hex') };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

async function* chunksOf(content: FileContent): AsyncIterable<Buffer | string> {
  if (Buffer.isBuffer(content)) yield content;
  else yield* content;
}
