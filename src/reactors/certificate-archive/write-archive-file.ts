import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
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

/** The file store's answer to an open, as a value: an open that nobody takes rejects nothing. */
type Opening = Promise<{ readonly source: Readable | null } | { readonly error: Error }>;

/**
 * A file's bytes from the store, hashed on the way into the ZIP: the hash reads the chunks yazl
 * is given (a listener beside its pipe), so no stream stands between the file and the ZIP. The
 * file was opened when its entry was queued (the store's stat and open done while the entries
 * before it were written); yazl takes it when it reaches the entry.
 */
function hashedFile(
  opening: Opening,
  key: string,
  done: (digest: { sha256: string; size: number }) => void,
  fail: (error: Error) => void,
) {
  return (callback: (error: Error | null, stream: NodeJS.ReadableStream) => void) => {
    void opening.then((opened) => {
      if ('error' in opened) return callback(opened.error, Readable.from([]));
      const { source } = opened;
      if (!source) return callback(new Error(`The file ${key} is missing`), Readable.from([]));
      const hash = createHash('sha256');
      let size = 0;
      source.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
      });
      source.on('end', () => done({ sha256: hash.digest('hex'), size }));
      // yazl pipes the stream but does not listen for its errors.
      source.on('error', fail);
      // Both the listener and yazl's pipe are attached before the stream starts flowing (on
      // the next tick), so each sees every chunk; the pipe's pauses hold the listener too.
      callback(null, source);
    });
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
  /** The files opened ahead that yazl has not taken yet: closed if the archive stops first. */
  const ahead = new Set<Opening>();
  const file = (fileKey: string, done: (digest: { sha256: string; size: number }) => void) => {
    const opening: Opening = files.open(fileKey).then(
      (source) => ({ source }),
      (error: Error) => ({ error }),
    );
    ahead.add(opening);
    const lazily = hashedFile(opening, fileKey, done, fail);
    return (callback: Parameters<typeof lazily>[0]) => {
      ahead.delete(opening);
      lazily(callback);
    };
  };

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
          file(certificateFileKey(entry.certificateId), ({ sha256 }) => {
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
          file(credentialFileKey(entry.certificateId), ({ sha256 }) => {
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
  try {
    let stored: StoredFile;
    try {
      stored = await files.putIfAbsent(key, zip.outputStream as AsyncIterable<Buffer>);
    } catch (error) {
      await feeding;
      throw failure ?? error;
    }
    if (!written && !failure) {
      // Another process stored the key first and ours was not read: stop, count what it holds.
      fail(new Error('stored by another process'));
      await feeding;
      return { ...stored, count: await countOf(pages()) };
    }
    await feeding;
    if (failure) throw failure;
    return { ...stored, count: manifest.length };
  } finally {
    for (const opening of ahead)
      void opening.then((opened) => 'source' in opened && opened.source?.destroy());
  }
}

async function countOf(pages: AsyncIterable<ArchiveEntry[]>): Promise<number> {
  let count = 0;
  for await (const page of pages) count += page.length;
  return count;
}
