import type { ReadStore } from '../../read-store/read-store';
import { type DeliveryLease, deliveriesOf } from '../../read/webhooks/webhook-deliveries';

/**
 * Where a webhook's delivery records may exist, as far as this process knows: at or before
 * the newest one found when it took the webhook's lease, or where it recorded one since. While
 * it keeps the lease no other process records a delivery, so a message past that position has
 * no record, and the read of one is skipped: most messages are sent the first time they are
 * seen. Taking the lease anew (another process may have delivered meanwhile) looks again.
 */
export class RecordedPositions {
  private term: number | null = null;
  private newest = -1n;

  constructor(
    private readonly store: ReadStore,
    private readonly webhookId: string,
  ) {}

  /** Whether a record of a message at `position` may exist; asked while holding `lease`. */
  async mayHold(position: bigint, lease: DeliveryLease): Promise<boolean> {
    if (this.term !== lease.term) {
      const [newest] = await deliveriesOf(this.store, this.webhookId, 1);
      this.newest = newest ? BigInt(newest.position) : -1n;
      this.term = lease.term;
    }
    return position <= this.newest;
  }

  /** This process recorded a delivery at `position`. */
  recorded(position: bigint): void {
    if (position > this.newest) this.newest = position;
  }

  /** Looks again at the next question (a restart from the checkpoint). */
  forget(): void {
    this.term = null;
  }
}
