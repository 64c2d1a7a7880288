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

  async save(reactor: string, position: bigint | undefined): Promise<void> {
    await this.ensure();
    const doc: CheckpointDoc = { _id: reactor, position: position?.toString() ?? null };
    await this.store.transaction((tx) => tx.put(REACTORS, doc));
  }
}
