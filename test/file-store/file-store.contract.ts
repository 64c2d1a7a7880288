import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FileStore } from '../../src/file-store/file-store';

async function bytesOf(stream: Readable | null): Promise<Buffer | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The behaviour every file store adapter must show. */
export function fileStoreContract(open: () => Promise<FileStore>): void {
  let store: FileStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  const key = () => `certificates/${randomUUID()}.pdf`;

  it('stores bytes and answers their size and SHA-256, then gives the same bytes back', async () => {
    const name = key();
    const content = Buffer.from('%PDF-1.7 Zoë 王小明');
    const stored = await store.putIfAbsent(name, content);
    expect(stored).toEqual({ key: name, size: content.length, sha256: sha256(content) });
    expect(await bytesOf(await store.open(name))).toEqual(content);
  });

  it('streams content in from an async iterable', async () => {
    const name = `reports/${randomUUID()}.csv`;
    function* rows() {
      for (let i = 0; i < 10_000; i++) yield `${i},row ${i}\n`;
    }
    const stored = await store.putIfAbsent(name, Readable.from(rows()));
    const bytes = (await bytesOf(await store.open(name)))!;
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toBe(sha256(bytes));
    expect(bytes.toString().split('\n')[9999]).toBe('9999,row 9999');
  });

  it('deletes a file for good; deleting a missing file is a no-op', async () => {
    const name = key();
    await store.putIfAbsent(name, Buffer.from('Zoë'));

    await store.delete(name);
    await store.delete(name);
    await store.delete(key());

    expect(await store.open(name)).toBeNull();
    // The key is free again: a new file can be stored under it.
    expect((await store.putIfAbsent(name, Buffer.from('again'))).size).toBe(5);
  });

  it('keeps the first file when a key is stored twice, and says what is stored', async () => {
    const name = key();
    const first = await store.putIfAbsent(name, Buffer.from('first'));
    const second = await store.putIfAbsent(name, Buffer.from('second, longer'));
    expect(second).toEqual(first);
    expect((await bytesOf(await store.open(name)))!.toString()).toBe('first');
  });

  it('lets only one of many concurrent writers of a key win', async () => {
    const name = key();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.putIfAbsent(name, Buffer.from(`writer ${i}`))),
    );
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    const bytes = (await bytesOf(await store.open(name)))!;
    expect(sha256(bytes)).toBe(results[0]!.sha256);
  });

  it('answers null for a file that does not exist', async () => {
    expect(await store.open(key())).toBeNull();
  });

  it('refuses keys that could escape the store', async () => {
    await expect(store.putIfAbsent('../etc/passwd', Buffer.from('x'))).rejects.toThrow();
    await expect(store.open('certificates/../../x')).rejects.toThrow();
  });
}
