import type {
  BatchCheck,
  BatchWrites,
  Doc,
  DocumentBatch,
  DocumentReader,
} from '../../read-store/read-store';
import type { DocumentAccess } from './apply-page';
import { WrittenIds } from './written-ids';

interface Entry {
  /** null: the document does not exist (never did, or a change deleted it). */
  doc: Doc | null;
  /** Changed since the store last had it. */
  dirty: boolean;
}

/**
 * The documents a rebuild reads and writes, kept in memory across pages and written back in
 * large batches. Applying a page to the store directly rewrites the same pages of its b-trees at
 * every commit (a full rebuild wrote 6.5 GB of WAL for a 362 MB file); here a document changed by
 * many pages is written once per batch, and a batch goes out sorted by collection and id, so the
 * store touches each of its pages once. Misses are read from the store outside any transaction:
 * only the rebuild writes its generation, so what it committed is what it reads back; and in a
 * collection that started empty, only the ids it may have written back are read at all.
 */
export class WriteBackCache implements DocumentAccess {
  private collections = new Map<string, Map<string, Entry>>();
  /**
   * The documents of the batch being committed in the background (`takeBatch`), answered from
   * until it is (`committed`): the store does not have them yet.
   */
  private committing: ReadonlyMap<string, ReadonlyMap<string, Entry>> | undefined;
  /** Collections the store holds nothing of beyond what this cache wrote back to them. */
  private readonly fresh = new Set<string>();
  private readonly written = new WrittenIds();
  private entries = 0;

  constructor(private readonly store: Pick<DocumentReader, 'get' | 'getMany'>) {}

  /** Documents held, changed or not: the caller writes back and clears past its bound. */
  get size(): number {
    return this.entries;
  }

  /** The collection is empty in the store (just created): it holds only what is written back. */
  startsEmpty(collection: string): void {
    this.fresh.add(collection);
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    const docs = this.docsOf(collection);
    const entry = docs.get(id);
    if (entry) return entry.doc as T | null;
    const committing = this.committing?.get(collection)?.get(id);
    const doc = committing
      ? (committing.doc as T | null)
      : this.inStore(collection, id)
        ? await this.store.get<T>(collection, id)
        : null;
    this.hold(docs, id, doc, false);
    return doc;
  }

  async getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<T[]> {
    const docs = this.docsOf(collection);
    const committing = this.committing?.get(collection);
    const found: T[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const entry = docs.get(id) ?? committing?.get(id);
      if (entry) {
        if (entry.doc) found.push(entry.doc as T);
        // Held clean: the batch being committed writes it.
        // Stryker disable next-line ConditionalExpression: holding an entry again changes nothing
        if (!docs.has(id)) this.hold(docs, id, entry.doc, false);
      } else if (this.inStore(collection, id)) missing.push(id);
      else this.hold(docs, id, null, false);
    }
    if (missing.length === 0) return found;
    const read = await this.store.getMany<T>(collection, missing);
    for (const id of missing) this.hold(docs, id, null, false);
    for (const doc of read) {
      docs.get(doc._id)!.doc = doc;
      found.push(doc);
    }
    return found;
  }

  put(collection: string, doc: Doc): Promise<void> {
    this.hold(this.docsOf(collection), doc._id, doc, true);
    return Promise.resolve();
  }

  putMany(collection: string, docs: readonly Doc[]): Promise<void> {
    const held = this.docsOf(collection);
    for (const doc of docs) this.hold(held, doc._id, doc, true);
    return Promise.resolve();
  }

  delete(collection: string, id: string): Promise<void> {
    this.hold(this.docsOf(collection), id, null, true);
    return Promise.resolve();
  }

  /**
   * Writes every changed document to `tx`, collection by collection and in id order, without
   * changing the cache: a transaction may run its work again (MongoDB retries).
   */
  async writeTo(tx: DocumentAccess): Promise<void> {
    for (const collection of [...this.collections.keys()].sort()) {
      const docs = this.collections.get(collection)!;
      const puts: Doc[] = [];
      const deletes: string[] = [];
      this.eachChange(collection, docs, [...docs.keys()].sort(), (id, doc) =>
        doc ? puts.push(doc) : deletes.push(id),
      );
      for (const id of deletes) await tx.delete(collection, id);
      await tx.putMany(collection, puts);
    }
  }

  /**
   * The changed documents as one batch with `checks`, serialised, collection by collection (the
   * store puts each collection's in the order it writes best: its own work, off this thread);
   * the cache starts empty, answering from the batch's documents until `committed` says the
   * store has them. One batch at a time.
   */
  takeBatch(checks: readonly BatchCheck[]): DocumentBatch {
    if (this.committing) throw new Error('A batch is being committed already');
    const writes: BatchWrites[] = [];
    for (const [collection, docs] of this.collections) {
      const ids: string[] = [];
      const serialised: (string | null)[] = [];
      this.eachChange(collection, docs, docs.keys(), (id, doc) => {
        ids.push(id);
        serialised.push(doc ? JSON.stringify(doc) : null);
      });
      if (ids.length > 0) writes.push({ collection, ids, docs: serialised });
    }
    this.committing = this.collections;
    this.collections = new Map();
    this.entries = 0;
    return { checks, writes };
  }

  /** The batch taken last is in the store: the cache stops answering from it. */
  committed(): void {
    this.committing = undefined;
  }

  /** After `writeTo` committed: the store has it all, and memory is given back. */
  clear(): void {
    this.collections.clear();
    this.entries = 0;
  }

  /**
   * Each changed document of `ids`, in that order: the document, or null for one deleted that the
   * store may hold (a deletion of one it cannot hold is nothing to write).
   */
  private eachChange(
    collection: string,
    docs: ReadonlyMap<string, Entry>,
    ids: Iterable<string>,
    visit: (id: string, doc: Doc | null) => unknown,
  ): void {
    const fresh = this.fresh.has(collection);
    for (const id of ids) {
      const { doc, dirty } = docs.get(id)!;
      if (!dirty) continue;
      if (doc) {
        visit(id, doc);
        // Added even if the write is run again or fails: a "maybe" costs only a read.
        if (fresh) this.written.add(collection, id);
      } else if (this.inStore(collection, id)) visit(id, null);
    }
  }

  /** Whether the store may hold the document: always, unless its collection started empty. */
  private inStore(collection: string, id: string): boolean {
    return !this.fresh.has(collection) || this.written.mayHold(collection, id);
  }

  private docsOf(collection: string): Map<string, Entry> {
    let docs = this.collections.get(collection);
    if (!docs) this.collections.set(collection, (docs = new Map<string, Entry>()));
    return docs;
  }

  private hold(docs: Map<string, Entry>, id: string, doc: Doc | null, dirty: boolean): void {
    const entry = docs.get(id);
    if (entry) {
      entry.doc = doc;
      entry.dirty ||= dirty;
      return;
    }
    docs.set(id, { doc, dirty });
    this.entries++;
  }
}
