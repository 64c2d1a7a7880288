import type { Doc, ReadStore } from '../read-store/read-store';

const REACTORS = 'reactors';

interface CheckpointDoc extends Doc {
  readonly position: string | null;
}

/** Where a reactor resumes after a restart. Kept beside the read models; never rebuilt. */
export class ReactorCheckpoints {
  private ready: Promise<void> | undefined;

  constructor(private readonly store: ReadStore) {}

  private ensure(): Promise<void> {
    this.ready ??= this.store.ensureCollection({ name: REACTORS, indexes: [] });
    return this.ready;
  }

  async load(reactor: string): Promise<bigint | undefined> {
    await this.ensure();
    const doc = await this.store.get<CheckpointDoc>(REACTORS, reactor);
    return doc?.position == null ? undefined : BigInt(doc.position);
  }

  /**
   * Moves the checkpoint forward, never back: saves may race (a page's save and an earlier
   * un-awaited one, or two instances), and on MongoDB the later write wins whatever it says.
   * Compared inside the transaction, so a concurrent save conflicts and is re-run.
   */
  async save(reactor: string, position: bigint | undefined): Promise<void> {
    if (position === undefined) return;
    await this.ensure();
    const doc: CheckpointDoc = { _id: reactor, position: position.toString() };
    await this.store.transaction(async (tx) => {
      const stored = await tx.get<CheckpointDoc>(REACTORS, reactor);
      if (stored?.position != null && BigInt(stored.position) >= position) return;
      await tx.put(REACTORS, doc);
    });
  }
}
