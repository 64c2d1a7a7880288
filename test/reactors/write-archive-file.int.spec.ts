import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskFileStore } from '../../src/file-store/disk/disk-file-store';
import { certificateFileKey, credentialFileKey } from '../../src/file-store/file-keys';
import type { FileStore } from '../../src/file-store/file-store';
import { writeArchiveFile } from '../../src/reactors/certificate-archive/write-archive-file';
import type { ArchiveEntry } from '../../src/read/certificate-archives/archive-contents';
import { readZip } from '../support/zip-reader';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MOMENT = new Date('2026-03-02T00:00:00.000Z');

/** The pages as the reactor passes them: a fresh reading each time it is asked. */
function pagesOf(...pages: ArchiveEntry[][]): () => AsyncIterable<ArchiveEntry[]> {
  return () => Readable.from(pages) as AsyncIterable<ArchiveEntry[]>;
}

/** Real files on disk, a real ZIP read back by Python's zipfile and Info-ZIP's unzip. */
describe('Writing a certificate archive', () => {
  const root = mkdtempSync(join(tmpdir(), 'archive-file-'));
  const files = new DiskFileStore(root);
  const pdfs = new Map<string, Buffer>();

  async function issued(certificateId: string, name: string | null): Promise<ArchiveEntry> {
    const pdf = Buffer.from(`%PDF-1.7 ${certificateId} ${'x'.repeat(5000)}`);
    pdfs.set(certificateId, pdf);
    await files.putIfAbsent(certificateFileKey(certificateId), pdf);
    await files.putIfAbsent(
      credentialFileKey(certificateId),
      Buffer.from(`{"id":"${certificateId}"}`),
    );
    return {
      ...{
        certificateId,
        number: `ACME-2026-${certificateId.slice(-6)}`,
        learnerId: certificateId,
      },
      ...{ learnerName: name, status: 'valid', validUntil: null },
      pdf: { sha256: sha(pdf), size: pdf.length },
      hasCredential: true,
    };
  }

  it('[R-zip-export] streams every PDF and credential, then a manifest of their SHA-256s', async () => {
    const a = await issued('c-000001', 'Ana');
    const b = await issued('c-000002', 'ana');
    const c = await issued('c-000003', null);
    const stored = await writeArchiveFile(files, pagesOf([a, b], [c]), 'archives/one.zip', MOMENT);
    const zip = readFileSync(join(root, 'archives/one.zip'));
    expect(stored).toMatchObject({ count: 3, size: zip.length, sha256: sha(zip) });
    const { entries, manifest, tested } = readZip(zip);
    expect(tested).toMatch(/No errors detected/);
    expect(manifest.map((row: { pdf: { path: string } }) => row.pdf.path)).toEqual([
      'certificates/ACME-2026-000001 Ana.pdf',
      'certificates/ACME-2026-000002 ana.pdf',
      'certificates/ACME-2026-000003.pdf',
    ]);
    for (const row of manifest) {
      const entry = entries.find((e) => e.name === row.pdf.path)!;
      expect(entry.sha256).toBe(sha(pdfs.get(row.certificateId)!));
      expect(row.pdf.sha256).toBe(entry.sha256);
      expect(entries.find((e) => e.name === row.credential.path)?.sha256).toBe(
        row.credential.sha256,
      );
    }
    expect(entries.at(-1)?.name).toBe('manifest.json');
  });

  it('writes an empty archive with an empty manifest', async () => {
    const stored = await writeArchiveFile(files, pagesOf(), 'archives/empty.zip', MOMENT);
    expect(stored.count).toBe(0);
    expect(readZip(readFileSync(join(root, 'archives/empty.zip'))).manifest).toEqual([]);
  });

  it('fails, leaving no file, when a PDF is not the one issued or a file is missing', async () => {
    const tampered = {
      ...(await issued('c-000004', 'Tam')),
      pdf: { sha256: 'ab'.repeat(32), size: 5018 },
    };
    await expect(
      writeArchiveFile(files, pagesOf([tampered]), 'archives/tampered.zip', MOMENT),
    ).rejects.toThrow(/not the one issued/);
    expect(existsSync(join(root, 'archives/tampered.zip'))).toBe(false);
    const missing = await issued('c-000005', 'Mis');
    await files.delete(credentialFileKey('c-000005'));
    await expect(
      writeArchiveFile(files, pagesOf([missing]), 'archives/missing.zip', MOMENT),
    ).rejects.toThrow(/missing/);
    expect(existsSync(join(root, 'archives/missing.zip'))).toBe(false);
  });

  it('keeps an archive written before a crash, and counts it again', async () => {
    const a = await issued('c-000006', 'Re');
    const first = await writeArchiveFile(files, pagesOf([a]), 'archives/again.zip', MOMENT);
    const again = await writeArchiveFile(files, pagesOf([a]), 'archives/again.zip', MOMENT);
    expect(again).toEqual(first);
  });

  it('stops, without hanging, when another process stores the archive first', async () => {
    const a = await issued('c-000007', 'Race');
    const first = await writeArchiveFile(files, pagesOf([a]), 'archives/race.zip', MOMENT);
    // Our look finds nothing yet; by the time we store, the other's file is there.
    const racing: FileStore = {
      open: (key) => (key === 'archives/race.zip' ? Promise.resolve(null) : files.open(key)),
      putIfAbsent: (key) => files.putIfAbsent(key, Buffer.alloc(0)),
      delete: (key) => files.delete(key),
      close: () => files.close(),
    };
    const second = await writeArchiveFile(racing, pagesOf([a]), 'archives/race.zip', MOMENT);
    expect(second).toEqual(first);
  });
});
