import type { Doc, ReadStore } from '../../read-store/read-store';

export type DeliveryState = 'pending' | 'delivered' | 'failing' | 'failed';

/**
 * One message to one webhook: ids, type, position and how its delivery went — never its body
 * or the receiver's answer. Kept by the delivery reactor beside its checkpoint; not a
 * projection (a rebuild cannot know what a receiver answered).
 */
export interface DeliveryDoc extends Doc {
  readonly webhookId: string;
  readonly messageId: string;
  readonly type: string;
  readonly position: string;
  /** The position as a number, to list the newest first. */
  readonly order: number;
  readonly attempts: number;
  readonly lastStatus: number | null;
  readonly lastAttemptAt: string | null;
  readonly nextAttemptAt: string | null;
  readonly firstAttemptAt: string | null;
  readonly state: DeliveryState;
}

export const WEBHOOK_DELIVERIES = 'webhookDeliveries';

const ensuring = new WeakMap<ReadStore, Promise<void>>();

export function ensureDeliveries(store: ReadStore): Promise<void> {
  let ready = ensuring.get(store);
  if (!ready) {
    const spec = { name: WEBHOOK_DELIVERIES, indexes: [['webhookId', 'order']] };
    ensuring.set(store, (ready = store.ensureCollection(spec)));
  }
  return ready;
}

export const deliveryId = (webhookId: string, messageId: string) => `${webhookId}/${messageId}`;

/** A webhook's deliveries, newest first. */
export async function deliveriesOf(store: ReadStore, webhookId: string, limit: number) {
  await ensureDeliveries(store);
  return store.find<DeliveryDoc>(WEBHOOK_DELIVERIES, {
    where: { webhookId },
    orderBy: 'order',
    direction: 'desc',
    limit,
  });
}

type MessageIds = { webhookId: string; messageId: string; type: string; position: bigint };

/** A message's delivery as recorded so far, or a fresh one. */
export async function deliveryOf(
  store: ReadStore,
  message: MessageIds,
  again: boolean,
): Promise<DeliveryDoc> {
  await ensureDeliveries(store);
  const stored = await store.get<DeliveryDoc>(
    WEBHOOK_DELIVERIES,
    deliveryId(message.webhookId, message.messageId),
  );
  // A replay starts the message afresh: a new retry schedule.
  if (stored && !again) return stored;
  return freshDelivery(message, stored);
}

/** A delivery not attempted yet (a replayed one keeps the last outcome it had). */
export function freshDelivery(
  { webhookId, messageId, type, position }: MessageIds,
  stored?: DeliveryDoc | null,
): DeliveryDoc {
  const _id = deliveryId(webhookId, messageId);
  return {
    ...{ _id, webhookId, messageId, type, position: position.toString(), order: Number(position) },
    ...{
      attempts: 0,
      lastStatus: stored?.lastStatus ?? null,
      lastAttemptAt: stored?.lastAttemptAt ?? null,
    },
    ...{ nextAttemptAt: null, firstAttemptAt: null, state: 'pending' },
  };
}

export const isSettled = (doc: DeliveryDoc) => doc.state === 'delivered' || doc.state === 'failed';

/**
 * Records an attempt's outcome: one document in one commit, durable before the next message
 * of the webhook is sent. The record is what keeps a settled message from being sent again.
 */
export async function settleDelivery(store: ReadStore, doc: DeliveryDoc): Promise<void> {
  await ensureDeliveries(store);
  await store.transaction((tx) => tx.put(WEBHOOK_DELIVERIES, doc));
}

/** Which process delivers a webhook's messages, and until when (service clock, ms). */
interface LeaseDoc extends Doc {
  readonly owner: string;
  readonly until: number;
}

const WEBHOOK_LEASES = 'webhookLeases';

/**
 * One process at a time delivers a webhook's messages: it holds the webhook's lease, taken or
 * renewed in a transaction (compare-and-set) well before it lapses, and checked before every
 * attempt; another process takes it over only once it has lapsed, so no message is ever sent
 * by two processes at once. A lease outlives the 10 s an attempt may take.
 */
export class DeliveryLease {
  private heldUntil = 0;
  private taken = 0;

  constructor(
    private readonly store: ReadStore,
    private readonly webhookId: string,
    private readonly owner: string,
    private readonly holdMs = 30_000,
  ) {}

  /**
   * Counts the times this process took the lease anew (not renewed it): while it stays the
   * same, no other process has held the lease, so none has recorded a delivery meanwhile.
   */
  get term(): number {
    return this.taken;
  }

  /** True once this process holds the lease for at least half its length from `nowMs`. */
  async hold(nowMs: number): Promise<boolean> {
    if (this.heldUntil - nowMs > this.holdMs / 2) return true;
    const ready =
      ensuringLeases.get(this.store) ??
      this.store.ensureCollection({ name: WEBHOOK_LEASES, indexes: [] });
    ensuringLeases.set(this.store, ready);
    await ready;
    const until = nowMs + this.holdMs;
    const held = this.heldUntil > 0;
    const taken = await this.store.transaction(async (tx) => {
      const lease = await tx.get<LeaseDoc>(WEBHOOK_LEASES, this.webhookId);
      if (lease && lease.owner !== this.owner && lease.until > nowMs) return 'refused';
      await tx.put(WEBHOOK_LEASES, { _id: this.webhookId, owner: this.owner, until });
      // Still this process's (even lapsed): no other has written it since, so none delivered.
      return held && lease?.owner === this.owner ? 'renewed' : 'taken';
    });
    if (taken === 'taken') this.taken++;
    this.heldUntil = taken === 'refused' ? 0 : until;
    return taken !== 'refused';
  }
}

const ensuringLeases = new WeakMap<ReadStore, Promise<void>>();
