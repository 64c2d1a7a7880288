import type { Clock } from '../../core/clock';
import { streams } from '../../core/stream-names';
import type { EventLog, Position, RecordedEvent } from '../../event-store/event-store';
import type { PinnedPoster } from '../../outbound/pinned-post';
import type { WebhookSecrets } from '../../outbound/webhook-secrets';
import type { LogConsumer } from '../../processing/log-processor';
import type { ReadStore } from '../../read-store/read-store';
import {
  DeliveryLease,
  deliveryOf,
  freshDelivery,
  isSettled,
  settleDelivery,
} from '../../read/webhooks/webhook-deliveries';
import type { WebhookDoc } from '../../read/webhooks/webhooks.projection';
import type { WriteModel } from '../../write/command-handling/write-model';
import { signingVersions, webhook, type WebhookState } from '../../write/webhooks/domain/webhook';
import { reactorCheckpoint, saveReactorCheckpoint } from '../reactor';
import { afterAttempt } from './delivery-schedule';
import { MessageSigners } from './message-signers';
import { RecordedPositions } from './recorded-positions';
import { type MessageFacts, type WebhookMessage, messagesOf } from './webhook-messages';

export interface EndpointParts {
  readonly log: Pick<EventLog, 'readAll'>;
  readonly store: ReadStore;
  readonly write: WriteModel;
  readonly clock: Clock;
  readonly poster: PinnedPoster;
  readonly secrets: WebhookSecrets;
  readonly facts: MessageFacts;
  /** This process, as the owner of its delivery claims. */
  readonly owner: string;
}

/** How often a wait on the (possibly moved) service clock looks again. */
const CLOCK_LOOK_MS = 200;
const REPLAY_PAGE = 500;
/** Messages settled between two saves of the checkpoint within a page. */
const SETTLED_PER_CHECKPOINT = 32;

/**
 * One webhook's cursor on the log, run by a log processor of its own: its tenant's events, in
 * log order, become messages; each is delivered (retried on the service clock until it is
 * delivered or failed) and its record committed before the next is sent. The record is what
 * keeps a settled message from being sent again: the checkpoint, which only spares a restart
 * from reading those records again, moves past settled events every few messages and at the
 * end of each page. A crash between the receiver's 2xx and the record repeats that one
 * message, with the same id. Its own stream's events in the log rotate its secret, replay
 * earlier messages and end it.
 */
export class EndpointConsumer implements LogConsumer {
  readonly name: string;
  private state: NonNullable<WebhookState> | null = null;
  private readonly lease: DeliveryLease;
  private readonly recorded: RecordedPositions;
  private readonly signers: MessageSigners;
  /** The checkpoint this process saved last (none since the last resume: undefined). */
  private saved: Position | undefined;

  constructor(
    private readonly endpoint: WebhookDoc,
    private readonly parts: EndpointParts,
  ) {
    this.name = `webhook:${endpoint.webhookId}`;
    this.lease = new DeliveryLease(parts.store, endpoint.webhookId, parts.owner);
    this.recorded = new RecordedPositions(parts.store, endpoint.webhookId);
    this.signers = new MessageSigners(parts.secrets, endpoint.webhookId);
  }

  async resume(): Promise<Position | undefined> {
    const stream = streams.webhook(this.endpoint.tenant, this.endpoint.webhookId);
    this.state = await this.parts.write.state(stream, webhook);
    this.recorded.forget();
    this.saved = undefined;
    const stored = await reactorCheckpoint(this.parts.store, this.name);
    return stored ?? BigInt(this.endpoint.position);
  }

  async handle(page: readonly RecordedEvent[], signal: AbortSignal): Promise<'next'> {
    let settled: Position | undefined;
    let unsaved = 0;
    for (const event of page) {
      let replayed = false;
      if (this.isOwn(event)) replayed = await this.follow(event, signal);
      else if (!this.state?.deleted && event.metadata.tenant === this.endpoint.tenant)
        unsaved += await this.deliverAll(event, false, signal);
      // An event cut short by the stop is not settled: the next run takes it again.
      if (signal.aborted) break;
      settled = event.position;
      // Past a replay at once: a restart would send all its messages again.
      if (replayed || unsaved >= SETTLED_PER_CHECKPOINT) {
        await this.save(settled);
        unsaved = 0;
      }
    }
    if (settled !== undefined) await this.save(settled);
    return 'next';
  }

  /**
   * Moves the checkpoint past `position`. Only a restart reads it, then reads again the records
   * of the messages after it, so saving it with each record would only cost a write; saved every
   * few messages, a snapshot's checkpoint (a restored backup has no records) is never far behind.
   */
  private async save(position: Position): Promise<void> {
    if (this.saved !== undefined && this.saved >= position) return;
    await saveReactorCheckpoint(this.parts.store, this.name, position);
    this.saved = position;
  }

  private isOwn(event: RecordedEvent): boolean {
    return (
      event.type.startsWith('Webhook') &&
      (event.data as { webhookId?: string }).webhookId === this.endpoint.webhookId
    );
  }

  /** Its own events, as they pass in the log: the state as of this position, and replays. */
  private async follow(event: RecordedEvent, signal: AbortSignal): Promise<boolean> {
    if (this.state)
      this.state = webhook.evolve(this.state, event as Parameters<typeof webhook.evolve>[1]);
    if (event.type !== 'WebhookReplayRequested' || this.state?.deleted) return false;
    const from = BigInt((event.data as { fromPosition: string }).fromPosition);
    await this.replay(from, event.position, signal);
    return true;
  }

  /** Sends again every matching message between `from` (never before the webhook) and `until`. */
  private async replay(from: bigint, until: bigint, signal: AbortSignal): Promise<void> {
    let after = from > BigInt(this.endpoint.position) ? from : BigInt(this.endpoint.position);
    while (!signal.aborted) {
      const page = await this.parts.log.readAll({ after, limit: REPLAY_PAGE });
      for (const event of page) {
        if (event.position >= until || signal.aborted) return;
        if (event.metadata.tenant === this.endpoint.tenant)
          await this.deliverAll(event, true, signal);
      }
      const last = page.at(-1);
      if (!last) return;
      after = last.position;
    }
  }

  /** Delivers the event's messages this webhook subscribed to, one after the other; how many. */
  private async deliverAll(
    event: RecordedEvent,
    again: boolean,
    signal: AbortSignal,
  ): Promise<number> {
    const subscribed = this.state?.events ?? this.endpoint.events;
    const messages = (await messagesOf(event, this.parts.facts)).filter((message) =>
      subscribed.includes(message.type),
    );
    for (const message of messages) {
      await this.deliver(message, event.position, again, signal);
      if (signal.aborted) break;
    }
    return messages.length;
  }

  /**
   * Attempts the message until it is delivered or failed, waiting between attempts; only while
   * this process holds the webhook's lease, and never once it is settled (unless replayed).
   */
  private async deliver(
    message: WebhookMessage,
    position: bigint,
    again: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    const { store, clock } = this.parts;
    const ids = { webhookId: this.endpoint.webhookId, messageId: message.id, type: message.type };
    let replaying = again;
    while (!signal.aborted) {
      if (!(await this.lease.hold(clock.now().getTime()))) {
        await pause(CLOCK_LOOK_MS, signal);
        continue;
      }
      // A replay carries the stored outcome over, so it always reads the record.
      const unrecorded = !replaying && !(await this.recorded.mayHold(position, this.lease));
      const delivery = unrecorded
        ? freshDelivery({ ...ids, position })
        : await deliveryOf(store, { ...ids, position }, replaying);
      if (isSettled(delivery)) return;
      if (
        delivery.nextAttemptAt !== null &&
        Date.parse(delivery.nextAttemptAt) > clock.now().getTime()
      ) {
        // Another process failed it last; its next attempt is not due yet.
        await this.waitUntil(Date.parse(delivery.nextAttemptAt), signal);
        continue;
      }
      const outcome = await this.parts.poster.post(
        this.endpoint.webhookId,
        this.endpoint.url,
        this.signed(message),
        message.body,
        signal,
      );
      if (signal.aborted && outcome.status === null) return;
      const next = afterAttempt(delivery, outcome.status, clock.now());
      await settleDelivery(store, next);
      this.recorded.recorded(position);
      if (isSettled(next)) return;
      replaying = false;
      await this.waitUntil(Date.parse(next.nextAttemptAt!), signal);
    }
  }

  /** The Standard Webhooks headers, signed by every secret that signs now (one, or two after a rotation). */
  private signed(message: WebhookMessage): Record<string, string> {
    const state = this.state;
    const versions = state ? signingVersions(state, this.parts.clock.now()) : [1];
    // The header's time is the wall clock's: receivers check it against theirs.
    const sentAt = new Date();
    return {
      'webhook-id': message.id,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': this.signers.sign(versions, message.id, sentAt, message.body),
    };
  }

  private async waitUntil(timeMs: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted && this.parts.clock.now().getTime() < timeMs)
      await pause(Math.min(CLOCK_LOOK_MS, timeMs - this.parts.clock.now().getTime()), signal);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(ms, 1));
    signal.addEventListener('abort', done, { once: true });
  });
}
