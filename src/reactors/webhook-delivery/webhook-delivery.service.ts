import { randomUUID } from 'node:crypto';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { ADDRESS_POLICY, type AddressPolicy } from '../../core/address-policy';
import { CONFIG, type Config } from '../../config/config';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { PinnedPoster } from '../../outbound/pinned-post';
import { WEBHOOK_SECRETS, type WebhookSecrets } from '../../outbound/webhook-secrets';
import { LogProcessor } from '../../processing/log-processor';
import { ProjectionsService } from '../../projections/projections.service';
import {
  PUBLIC_CERTIFICATES,
  type PublicCertificateDoc,
  publicCertificatesProjection,
} from '../../read/public-certificates/public-certificates.projection';
import { ReadModels } from '../../read/read-models';
import {
  WEBHOOKS,
  type WebhookDoc,
  webhooksProjection,
} from '../../read/webhooks/webhooks.projection';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { WriteModel } from '../../write/command-handling/write-model';
import { EndpointConsumer, type EndpointParts } from './endpoint-consumer';

/** How often the list of webhooks is read again for new and deleted ones. */
const LOOK_MS = 500;

/**
 * Runs one log processor per live webhook (so a slow or failing receiver holds up only its own
 * messages), started when the webhook appears in the read model and stopped when it goes; a
 * webhook's cursor starts at its creation, so none of its messages depends on when this
 * notices it. Every instance runs them all; delivery claims keep two from sending a message
 * at once.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('webhook-delivery');
  private readonly running = new Map<string, LogProcessor>();
  private readonly parts: EndpointParts;
  private readonly poster: PinnedPoster;
  private timer: NodeJS.Timeout | undefined;
  private looking: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(EVENT_LOG) private readonly log: EventLog,
    @Inject(READ_STORE) store: ReadStore,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(WriteModel) write: WriteModel,
    @Inject(CLOCK) clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(WEBHOOK_SECRETS) secrets: WebhookSecrets,
    @Inject(ProjectionsService) projections: ProjectionsService,
    @Inject(ADDRESS_POLICY) policy: AddressPolicy,
  ) {
    this.poster = new PinnedPoster(policy);
    const certificate = async (certificateId: string, position: bigint) => {
      await projections.waitFor([publicCertificatesProjection.name], position, {
        timeoutMs: 5_000,
      });
      return reads.get<PublicCertificateDoc>(
        publicCertificatesProjection.name,
        PUBLIC_CERTIFICATES,
        certificateId,
      );
    };
    this.parts = {
      ...{ log, store, write, clock, poster: this.poster, secrets },
      facts: { publicUrl: config.PUBLIC_URL, certificate },
      owner: randomUUID(),
    };
  }

  onApplicationBootstrap(): void {
    if (this.config.REACTORS !== 'run') return;
    const look = () => {
      this.looking = this.reconcile().catch((error: unknown) =>
        this.logger.warn({ err: error, message: 'reading the webhooks failed; trying again' }),
      );
      void this.looking.then(() => {
        if (!this.stopped) this.timer = setTimeout(look, LOOK_MS);
      });
    };
    look();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.looking;
    await Promise.all([...this.running.values()].map((processor) => processor.stop()));
    this.running.clear();
    await this.poster.close();
  }

  /** Starts a processor for each new webhook, stops the ones deleted. */
  private async reconcile(): Promise<void> {
    // A few documents, read whole twice a second: no stream (and its connection) each time.
    const docs = await this.reads.find<WebhookDoc>(webhooksProjection.name, WEBHOOKS, {});
    const live = new Map(docs.map((doc) => [doc.webhookId, doc]));
    if (this.stopped) return;
    for (const [webhookId, processor] of this.running)
      if (!live.has(webhookId)) {
        this.running.delete(webhookId);
        await processor.stop();
      }
    for (const [webhookId, doc] of live)
      if (!this.running.has(webhookId)) {
        const consumer = new EndpointConsumer(doc, this.parts);
        const processor = new LogProcessor(this.log, consumer, {
          warn: (details, message) => this.logger.warn({ ...details, webhookId, message }),
        });
        processor.start();
        this.running.set(webhookId, processor);
      }
  }
}
