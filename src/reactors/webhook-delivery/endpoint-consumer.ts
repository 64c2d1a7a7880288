import { Webhook } from 'standardwebhooks';
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
  isSettled,
  settleDelivery,
} from '../../read/webhooks/webhook-deliveries';
import type { WebhookDoc } from '../../read/webhooks/webhooks.projection';
import type { WriteModel } from '../../write/command-handling/write-model';
import { signingVersions, webhook, type WebhookState } from '../../write/webhooks/domain/webhook';
import { moveReactorCheckpoint, reactorCheckpoint, saveReactorCheckpoint } from '../reactor';
import { afterAttempt } from './delivery-schedule';
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

/**
 * One webhook's cursor on the log, run by a log processor of its own: its tenant's events, in
 * log order, become messages; each is delivered (retried on the service clock until it is
 * delivered or failed) before the next, and the checkpoint moves past each event once its
 * messages are settled. A crash between the receiver's 2xx and the record repeats that one
 * message, with the same id. Its own stream's events in the log rotate its secret, replay
 * earlier messages and end it.
 */
export class EndpointConsumer implements LogConsumer {
  readonly name: string;
  private state: NonNullable<WebhookState> | null = null;
  private readonly lease: DeliveryLease;

  constructor(
    private readonly endpoint: WebhookDoc,
    private readonly parts: EndpointParts,
  ) {
    this.name = `webhook:${endpoint.webhookId}`;
    this.lease = new DeliveryLease(parts.store, endpoint.webhookId, parts.owner);
  }

  async resume(): Promise<Position | undefined> {
    const stream = streams.webhook(this.endpoint.tenant, this.endpoint.webhookId);
    this.state = await this.parts.write.state(stream, webhook);
    const stored = await reactorCheckpoint(this.parts.store, this.name);
    return stored ?? BigInt(this.endpoint.position);
  }

  async handle(page: readonly RecordedEvent[], signal: AbortSignal): Promise<'next'> {
    for (const event of page) {
      if (this.isOwn(event)) await this.follow(event, signal);
      else if (!this.state?.deleted && event.metadata.tenant === this.endpoint.tenant)
        await this.deliverAll(event, false, signal);
      if (signal.aborted) return 'next';
    }
    // Past a settled message at once (its settlement moved the checkpoint in the same
    // transaction), so a restart does not send it again; past the rest once per page.
    const last = page.at(-1);
    if (last) await saveReactorCheckpoint(this.parts.store, this.name, last.position);
    return 'next';
  }

  private isOwn(event: RecordedEvent): boolean {
    return (
      event.type.startsWith('Webhook') &&
      (event.data as { webhookId?: string }).webhookId === this.endpoint.webhookId
    );
  }

  /** Its own events, as they pass in the log: the state as of this position, and replays. */
  private async follow(event: RecordedEvent, signal: AbortSignal): Promise<void> {
    if (this.state)
      this.state = webhook.evolve(this.state, event as Parameters<typeof webhook.evolve>[1]);
    if (event.type !== 'WebhookReplayRequested' || this.state?.deleted) return;
    const from = BigInt((event.data as { fromPosition: string }).fromPosition);
    await this.replay(from, event.position, signal);
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

  /** Delivers the event's messages this webhook subscribed to, one after the other. */
  private async deliverAll(
    event: RecordedEvent,
    again: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    const subscribed = this.state?.events ?? this.endpoint.events;
    const messages = (await messagesOf(event, this.parts.facts)).filter((message) =>
      subscribed.includes(message.type),
    );
    for (const [index, message] of messages.entries()) {
      // The event's last message moves the checkpoint past the event (a replay's never does:
      // its events lie behind the checkpoint).
      const last = index === messages.length - 1 && !again;
      await this.deliver(message, event.position, again, signal, last);
      if (signal.aborted) return;
    }
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
    movesCheckpoint: boolean,
  ): Promise<void> {
    const { store, clock } = this.parts;
    const ids = { webhookId: this.endpoint.webhookId, messageId: message.id, type: message.type };
    let replaying = again;
    while (!signal.aborted) {
      if (!(await this.lease.hold(clock.now().getTime()))) {
        await pause(CLOCK_LOOK_MS, signal);
        continue;
      }
      const delivery = await deliveryOf(store, { ...ids, position }, replaying);
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
        this.endpoint.url,
        this.signed(message),
        message.body,
        signal,
      );
      if (signal.aborted && outcome.status === null) return;
      const next = afterAttempt(delivery, outcome.status, clock.now());
      const settled = isSettled(next);
      await settleDelivery(
        store,
        next,
        settled && movesCheckpoint
          ? (tx) => moveReactorCheckpoint(tx, this.name, position)
          : undefined,
      );
      if (settled) return;
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
    const signatures = versions.map((version) =>
      new Webhook(this.parts.secrets.secretOf(this.endpoint.webhookId, version)).sign(
        message.id,
        sentAt,
        message.body,
      ),
    );
    return {
      'webhook-id': message.id,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signatures.join(' '),
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
