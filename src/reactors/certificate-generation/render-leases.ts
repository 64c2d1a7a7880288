import type { Doc, ReadStore } from '../../read-store/read-store';

/** Which process renders a certificate request, and until when (wall clock, ms). */
interface RenderLeaseDoc extends Doc {
  readonly owner: string;
  readonly until: number;
}

/** Where the leases are kept: beside the reactors' checkpoints, never rebuilt, never backed up. */
export const RENDER_LEASES = 'renderLeases';

/**
 * Spares several instances rendering the same request side by side (each would print the same
 * PDF and sign the same credential, and all but one outcome would be refused): a process takes
 * a request's lease before rendering it, renews it while it works, and releases it with the
 * outcome; the others wait until the request is settled, or until the lease lapses (its holder
 * died) and take it over. Correctness never rests on it: the outcome is appended with an
 * expected revision and the files are keyed by the request, so two renders are still harmless.
 * Wall clock, not the service's: a test clock moved by days must not lapse every lease at once.
 */
export class RenderLeases {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly store: ReadStore,
    private readonly owner: string,
    /** How long a lease holds without renewal: how long a crashed holder delays the others. */
    readonly holdMs: number,
  ) {}

  private ensured(): Promise<void> {
    return (this.ready ??= this.store.ensureCollection({ name: RENDER_LEASES, indexes: [] }));
  }

  /** True when this process now holds the request's lease (taken, or renewed) for `holdMs`. */
  async take(certificateId: string, nowMs: number): Promise<boolean> {
    await this.ensured();
    // Compared and written in one transaction: two processes never both take a held lease.
    return this.store.transaction(async (tx) => {
      const lease = await tx.get<RenderLeaseDoc>(RENDER_LEASES, certificateId);
      if (lease && lease.owner !== this.owner && lease.until > nowMs) return false;
      const doc: RenderLeaseDoc = {
        _id: certificateId,
        owner: this.owner,
        until: nowMs + this.holdMs,
      };
      await tx.put(RENDER_LEASES, doc);
      return true;
    });
  }

  /** Lets another process take the request at once: it is settled, or this one stops. */
  async release(certificateId: string): Promise<void> {
    await this.ensured();
    await this.store.transaction(async (tx) => {
      const lease = await tx.get<RenderLeaseDoc>(RENDER_LEASES, certificateId);
      if (lease?.owner === this.owner) await tx.delete(RENDER_LEASES, certificateId);
    });
  }
}
