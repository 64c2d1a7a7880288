import type { CollectionSpec } from '../read-store';

/**
 * The collections this process has made ready, each with the indexes it was made ready with.
 * DDL takes exclusive locks, so the same spec runs once; a spec naming other indexes runs
 * again (creating what exists is a no-op on the server). Keyed by the name alone, a rebuild
 * that first ensured its new generation bare would never get the generation's secondary
 * indexes, and queries would switch to a collection that scans.
 */
export class EnsuredCollections {
  private readonly ready = new Map<
    string,
    { readonly indexes: string; readonly done: Promise<void> }
  >();

  ensure(spec: CollectionSpec, create: () => Promise<void>): Promise<void> {
    const indexes = JSON.stringify(spec.indexes);
    const known = this.ready.get(spec.name);
    if (known?.indexes === indexes) return known.done;
    const entry = { indexes, done: create() };
    this.ready.set(spec.name, entry);
    // A failed attempt is not remembered, so the next call tries again.
    entry.done.catch(() => {
      if (this.ready.get(spec.name) === entry) this.ready.delete(spec.name);
    });
    return entry.done;
  }

  /** The collection was dropped: the next ensure creates it again. */
  forget(name: string): void {
    this.ready.delete(name);
  }
}
