import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { ZipFile } from 'yazl';
import type { ArchiveEntry } from '../../read/certificate-archives/archive-contents';
import { certificateFileKey, credentialFileKey } from '../../file-store/file-keys';
import type { FileStore, StoredFile } from '../../file-store/file-store';
import { safeFileName, UniqueNames } from './archive-file-names';

/** A row of `manifest.json` (SPEC §5). */
export interface ManifestRow {
  readonly certificateId: string;
  readonly number: string | null;
  readonly learnerId: string;
  readonly status: ArchiveEntry['status'];
  readonly validUntil: string | null;
  readonly pdf: { readonly path: string; sha256: string; readonly size: number };
  readonly credential: { readonly path: string; sha256: string } | null;
}

/** How many entries may wait in the ZIP's queue: enough to keep it busy, few open files. */
const WINDOW = 8;

/**
 * Entries are stored, not deflated: PDFs are compressed already, and a credential's few kB would
 * cost a zlib stream (and its native buffers) each, which made memory grow with the training.
 */
const STORED = { compress: false } as const;

/** A file's bytes from the store, hashed on the way into the ZIP. */
function hashedFile(
  files: FileStore,
  key: string,
  done: (digest: { sha256: string; size: number }) => void,
) {
  return (callback: (error: Error | null, stream: NodeJS.ReadableStream) => void) => {
    const hash = createHash('sha256');
    let size = 0;
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        hash.update(chunk);
        size += chunk.length;
        next(null, chunk);
      },
      flush(next) {
        done({ sha256: hash.digest('hex'), size });
        next();
      },
    });
    files.open(key).then(
      (source) => {
        if (!source) return callback(new Error(`The file ${key} is missing`), hashing);
        source.on('error', (error) => hashing.destroy(error));
        callback(null, source.pipe(hashing));
      },
      (error: Error) => callback(error, hashing),
    );
  };
}

/** The entries' names in the archive: `certificates/<number> <learner>.pdf` and its credential. */
function pathsOf(entry: ArchiveEntry, names: UniqueNames) {
  const label = [entry.number ?? entry.certificateId, entry.learnerName ?? ''].join(' ').trim();
  const base = names.take(safeFileName(label));
  return { pdf: `certificates/${base}.pdf`, credential: `credentials/${base}.json` };
}

/**
 * Streams the certificates' PDFs and credentials from the file store through yazl into the
 * file store under `key`, one page of entries at a time and at most WINDOW files queued, then
 * `manifest.json` with each file's SHA-256 as it went in. A PDF whose bytes do not match the
 * hash recorded at generation fails the archive.
 */
export async function writeArchiveFile(
  files: FileStore,
  pages: () => AsyncIterable<ArchiveEntry[]>,
  key: string,
  moment: Date,
): Promise<StoredFile & { count: number }> {
  const existing = await files.open(key);
  if (existing) {
    // Written before a crash: it stays, and its certificates are counted again.
    existing.destroy();
    return { ...(await files.putIfAbsent(key, Buffer.alloc(0))), count: await countOf(pages()) };
  }
  const zip = new ZipFile();
  const manifest: ManifestRow[] = [];
  const names = new UniqueNames();
  let queued = 0;
  let failure = null as Error | null;
  let written = false;
  let wake: () => void = () => undefined;
  /** Until fewer than `most` entries are queued (or the archive failed). */
  const queueBelow = async (most: number) => {
    while (queued >= most && !failure) await new Promise<void>((resolve) => (wake = resolve));
  };
  const settled = () => {
    queued--;
    wake();
  };
  const fail = (error: Error) => {
    failure ??= error;
    (zip.outputStream as Readable).destroy(error);
    wake();
  };
  zip.on('error', fail);
  // Whoever reads the output may have stopped already; the failure is thrown from `failure`.
  zip.outputStream.on('error', () => undefined);

  const feed = async () => {
    for await (const page of pages()) {
      for (const entry of page) {
        const paths = pathsOf(entry, names);
        const row: ManifestRow = {
          ...{ certificateId: entry.certificateId, number: entry.number },
          ...{ learnerId: entry.learnerId, status: entry.status, validUntil: entry.validUntil },
          pdf: { path: paths.pdf, sha256: '', size: entry.pdf.size },
          credential: entry.hasCredential ? { path: paths.credential, sha256: '' } : null,
        };
        manifest.push(row);
        const mtime = moment;
        await queueBelow(WINDOW);
        if (failure) return;
        queued++;
        zip.addReadStreamLazy(
          paths.pdf,
          { ...STORED, mtime, size: entry.pdf.size },
          hashedFile(files, certificateFileKey(entry.certificateId), ({ sha256 }) => {
            row.pdf.sha256 = sha256;
            if (sha256 !== entry.pdf.sha256)
              fail(new Error(`The PDF of ${entry.certificateId} is not the one issued`));
            settled();
          }),
        );
        if (!row.credential) continue;
        const credential = row.credential;
        await queueBelow(WINDOW);
        if (failure) return;
        queued++;
        zip.addReadStreamLazy(
          paths.credential,
          { ...STORED, mtime },
          hashedFile(files, credentialFileKey(entry.certificateId), ({ sha256 }) => {
            credential.sha256 = sha256;
            settled();
          }),
        );
      }
    }
    await queueBelow(1);
    if (failure) return;
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    zip.addBuffer(Buffer.from(text), 'manifest.json', { mtime: moment });
    zip.end();
    written = true;
  };
  const feeding = feed().catch(fail);
  let stored: StoredFile;
  try {
    stored = await files.putIfAbsent(key, zip.outputStream as AsyncIterable<Buffer>);
  } catch (error) {
    await feeding;
    throw failure ?? error;
  }
  if (!written && !failure) {
    // Another process stored the key first and ours was not read: stop, and count what it holds.
    fail(new Error('stored by another process'));
    await feeding;
    return { ...stored, count: await countOf(pages()) };
  }
  await feeding;
  if (failure) throw failure;
  return { ...stored, count: manifest.length };
}

async function countOf(pages: AsyncIterable<ArchiveEntry[]>): Promise<number> {
  let count = 0;
  for await (const page of pages) count += page.length;
  return count;
}
