import type { Doc, DocumentWriter, ReadStore } from '../../read-store/read-store';

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
  /** The process attempting it now, and until when (service clock, ms) its claim holds. */
  readonly claimedBy: string | null;
  readonly claimedUntil: number | null;
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

export type Claim =
  | { readonly kind: 'claimed'; readonly doc: DeliveryDoc }
  | { readonly kind: 'settled' }
  | { readonly kind: 'busy' };

interface ClaimRequest {
  readonly webhookId: string;
  readonly messageId: string;
  readonly type: string;
  readonly position: bigint;
  readonly owner: string;
  readonly nowMs: number;
  readonly holdMs: number;
  /** A replay: a settled message is attempted again, from a fresh retry schedule. */
  readonly again: boolean;
}

/**
 * Claims the next attempt of a message, atomically: never while another process's claim holds
 * (so no message is sent twice at once), never once settled unless replayed.
 */
export async function claimDelivery(store: ReadStore, request: ClaimRequest): Promise<Claim> {
  await ensureDeliveries(store);
  const { webhookId, messageId, type, position, owner, nowMs, holdMs, again } = request;
  const _id = deliveryId(webhookId, messageId);
  return store.transaction(async (tx: DocumentWriter): Promise<Claim> => {
    const stored = await tx.get<DeliveryDoc>(WEBHOOK_DELIVERIES, _id);
    const heldByOther =
      stored?.claimedBy != null && stored.claimedBy !== owner && (stored.claimedUntil ?? 0) > nowMs;
    if (heldByOther) return { kind: 'busy' };
    const settled = stored?.state === 'delivered' || stored?.state === 'failed';
    if (settled && !again) return { kind: 'settled' };
    const fresh = !stored || again;
    const doc: DeliveryDoc = {
      ...{ _id, webhookId, messageId, type, position: position.toString() },
      order: Number(position),
      attempts: fresh ? 0 : stored.attempts,
      lastStatus: stored?.lastStatus ?? null,
      lastAttemptAt: stored?.lastAttemptAt ?? null,
      nextAttemptAt: fresh ? null : stored.nextAttemptAt,
      firstAttemptAt: fresh ? null : stored.firstAttemptAt,
      state: fresh ? 'pending' : stored.state,
      claimedBy: owner,
      claimedUntil: nowMs + holdMs,
    };
    await tx.put(WEBHOOK_DELIVERIES, doc);
    return { kind: 'claimed', doc };
  });
}

/**
 * Records an attempt's outcome and lets the claim go; with `also`, moves the deliverer's
 * checkpoint in the same transaction (one commit per delivered message, not two).
 */
export async function settleDelivery(
  store: ReadStore,
  doc: DeliveryDoc,
  also?: (tx: DocumentWriter) => Promise<void>,
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.put(WEBHOOK_DELIVERIES, { ...doc, claimedBy: null, claimedUntil: null });
    await also?.(tx);
  });
}
