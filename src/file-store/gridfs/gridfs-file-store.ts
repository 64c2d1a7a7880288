import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type Collection,
  type GridFSChunk,
  type GridFSFile,
  GridFSBucket,
  MongoServerError,
  type ObjectId,
} from 'mongodb';
import { databaseName } from '../../mongodb/mongo-url';
import { type MongoClientLease, mongoClients } from '../../mongodb/shared-mongo-clients';
import { checkKey, type FileContent, type FileStore, type StoredFile } from '../file-store';
import { uploadErrorAction } from './upload-error-action';

const DUPLICATE_KEY = 11000;

/**
 * Files in a GridFS bucket (`files.files` and `files.chunks` by default). GridFS writes a file's
 * chunks first and its files document last, and a unique index on `filename` lets one files
 * document per key in: so a key names a whole file or nothing, and when two processes store the
 * same key the later one fails on its last write, drops its chunks and answers the first file.
 * Chunks are dropped only once it is known that no files document of theirs exists.
 */
export class GridFsFileStore implements FileStore {
  private constructor(
    private readonly lease: MongoClientLease,
    private readonly bucket: GridFSBucket,
    private readonly files: Collection<GridFSFile>,
    private readonly chunks: Collection<GridFSChunk>,
  ) {}

  /** The database is the one the URL names (`mongodb://host/name`), else `certificates`. */
  static async connect(url: string, bucketName = 'files'): Promise<GridFsFileStore> {
    const lease = await mongoClients.lease('MongoDB (GridFS file store)', url);
    try {
      const db = lease.client.db(databaseName(url));
      const files = db.collection<GridFSFile>(`${bucketName}.files`);
      const chunks = db.collection<GridFSChunk>(`${bucketName}.chunks`);
      // Creating an index that exists is a no-op, so every instance does it at start-up.
      await files.createIndex({ filename: 1 }, { unique: true });
      // The driver creates the chunks' index only on an upload into an empty bucket, so a
      // bucket restored or copied without indexes would read every chunk by a full scan; the
      // same keys and uniqueness as the GridFS spec's, so the driver's own check finds it.
      await chunks.createIndex({ files_id: 1, n: 1 }, { unique: true });
      // Majority: a file acknowledged here survives a fail-over, as the event recording it does.
      const bucket = new GridFSBucket(db, { bucketName, writeConcern: { w: 'majority' } });
      return new GridFsFileStore(lease, bucket, files, chunks);
    } catch (error) {
      await lease.release();
      throw error;
    }
  }

  async putIfAbsent(key: string, content: FileContent): Promise<StoredFile> {
    const existing = await this.describe(checkKey(key));
    if (existing) return existing;
    const metadata: { sha256?: string } = {};
    const upload = this.bucket.openUploadStream(key, { metadata });
    let size = 0;
    const hashed = async function* () {
      const hash = createHash('sha256');
      for await (const chunk of chunksOf(content)) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        hash.update(bytes);
        size += bytes.length;
        yield bytes;
      }
      // The hash is known only now, before the stream ends; the driver (7.x) reads this object
      // when it writes the files document, after the last chunk. Were it read earlier, the
      // digest would be missing and describe() would hash the stored bytes instead.
      metadata.sha256 = hash.digest('hex');
    };
    try {
      await pipeline(hashed, upload);
      return { key, size, sha256: metadata.sha256! };
    } catch (error) {
      const action = uploadErrorAction(await this.filesDocumentExists(upload.id));
      if (action === 'answer-own-file') {
        const own = await this.describe(key);
        if (own) return own;
      }
      // Chunks without a files document are never read; dropping them is only tidying, so a
      // failure to do so must not hide the error that matters.
      if (action === 'delete-chunks')
        await this.chunks.deleteMany({ files_id: upload.id }).catch(() => undefined);
      if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      const stored = await this.describe(key);
      if (!stored) throw error;
      return stored;
    }
  }

  /** Whether the upload's own files document is stored; undefined when MongoDB cannot say. */
  private async filesDocumentExists(id: ObjectId): Promise<boolean | undefined> {
    try {
      return (await this.files.countDocuments({ _id: id }, { limit: 1 })) > 0;
    } catch {
      return undefined;
    }
  }

  async open(key: string): Promise<Readable | null> {
    const file = await this.files.findOne({ filename: checkKey(key) }, { projection: { _id: 1 } });
    return file ? this.bucket.openDownloadStream(file._id) : null;
  }

  async delete(key: string): Promise<void> {
    const file = await this.files.findOne({ filename: checkKey(key) }, { projection: { _id: 1 } });
    // The driver removes the files document first, then the chunks: never a readable half.
    if (file) await this.bucket.delete(file._id).catch(ignoreFileNotFound);
  }

  private async describe(key: string): Promise<StoredFile | null> {
    const file = await this.files.findOne({ filename: key });
    if (!file) return null;
    const recorded: unknown = file.metadata?.sha256;
    const sha256 =
      typeof recorded === 'string'
        ? recorded
        : await hashOf(this.bucket.openDownloadStream(file._id));
    return { key, size: file.length, sha256 };
  }

  async close(): Promise<void> {
    await this.lease.release();
  }
}

/** Another process deleted it first. */
function ignoreFileNotFound(error: unknown): void {
  if (!(error instanceof Error && /FileNotFound|not found/i.test(error.message))) throw error;
}

async function hashOf(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(stream, hash);
  return hash.digest('hex');
}

async function* chunksOf(content: FileContent): AsyncIterable<Buffer | string> {
  if (Buffer.isBuffer(content)) yield content;
  else yield* content;
}
