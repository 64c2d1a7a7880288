import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { CONFIG, type Config } from '../../config/config';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store';
import { certificateFileKey, credentialFileKey } from '../../file-store/file-keys';
import {
  learnerKeyId,
  PERSONAL_DATA_KEYS,
  type PersonalDataKeys,
} from '../../personal-data/personal-data-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { PdfRenderer } from '../../rendering/pdf-renderer';
import { RENDERER } from '../../rendering/rendering.module';
import { renderCertificate } from '../../rendering/render-certificate';
import { WriteModel } from '../../write/command-handling/write-model';
import { recordGenerationOutcome } from '../../write/certificates/application/record-generation-outcome.handler';
import { certificate } from '../../write/certificates/domain/certificate';
import type { CertificateEvent } from '../../events/certificate.events';
import { streams } from '../../core/stream-names';
import { PendingWatermark } from '../pending-watermark';
import { reactionContext } from '../reaction-context';
import { ReactorCheckpoints } from '../reactor-checkpoints';
import { runSupervised } from '../run-supervised';
import { sleep } from '../../core/sleep';
import { loadRenderJob } from './certificate-facts';
import { storeCredential } from './certificate-credential';
import { ISSUING, type Issuing } from '../../credentials/issuing';
import { assignStatusListIndexFor } from '../../write/status-lists/application/assign-status-list-index.handler';

export const CERTIFICATE_GENERATION = 'certificate-generation';
const NAME = CERTIFICATE_GENERATION;
const ACTOR = 'system:certificate-generation';

type Request = RecordedEvent<Extract<CertificateEvent, { type: 'CertificateGenerationRequested' }>>;
type Outcome = Parameters<typeof recordGenerationOutcome>[3];

/**
 * Turns each generation request in the log into a PDF and a signed credential beside it, and
 * records the outcome: generated (with both stored files' SHA-256 and size) or, after bounded retries, failed. Several requests render
 * at once, up to the renderer's pool. Requests left pending by a crash are done after a restart,
 * from the reactor's checkpoint; a request already decided is never rendered again, and the
 * outcome is appended with the stream's expected revision, so it is recorded once.
 */
@Injectable()
export class CertificateGenerationReactor
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(NAME);
  private readonly stopping = new AbortController();
  private readonly checkpoints: ReactorCheckpoints;
  private readonly jobs = new Set<Promise<void>>();
  private running: Promise<void> | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(RENDERER) private readonly renderer: PdfRenderer | null,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ISSUING) private readonly issuing: Issuing,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
  ) {
    this.checkpoints = new ReactorCheckpoints(readStore);
  }

  onApplicationBootstrap(): void {
    if (this.config.REACTORS !== 'run') return;
    if (!this.renderer) {
      this.logger.error(
        'Certificates will stay "generating" until Chromium is installed and the service restarted',
      );
      return;
    }
    this.running = runSupervised(
      this.stopping.signal,
      () => this.follow(),
      (error, failures) =>
        this.logger.warn({
          err: error,
          failures,
          message: 'generation reactor failed; resuming from its checkpoint',
        }),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.running;
    await Promise.allSettled(this.jobs);
  }

  private async follow(): Promise<void> {
    const signal = this.stopping.signal;
    const watermark = new PendingWatermark(await this.checkpoints.load(NAME));
    const limit = this.config.RENDER_POOL_SIZE * 2;
    for await (const page of this.events.subscribeAllPages({
      after: watermark.checkpoint,
      signal,
    })) {
      for (const event of page) {
        if (event.type !== 'CertificateGenerationRequested') {
          watermark.skip(event.position);
          continue;
        }
        while (this.jobs.size >= limit) await Promise.race(this.jobs);
        const done = watermark.begin(event.position);
        const job = this.generate(event).then((settled) => {
          if (settled) done();
          this.jobs.delete(job);
          if (settled)
            void this.checkpoints.save(NAME, watermark.checkpoint).catch(() => undefined);
        });
        this.jobs.add(job);
      }
      await this.checkpoints.save(NAME, watermark.checkpoint);
    }
  }

  /**
   * Renders one request, retrying with backoff; after the last attempt records the failure.
   * Resolves true once the request is settled, false when the service stops first (the request
   * then stays pending for the next start).
   */
  private async generate(request: Request): Promise<boolean> {
    const { certificateId } = request.data;
    let failure: string | undefined;
    for (let attempt = 1; !this.stopping.signal.aborted; attempt++) {
      try {
        if (!(await this.stillWanted(request))) return true;
        if (failure !== undefined && attempt > this.config.GENERATION_ATTEMPTS) {
          const reason = failure.slice(0, 1000);
          await this.record(request, {
            type: 'RecordCertificateGenerationFailed',
            certificateId,
            reason,
            at: this.clock.now(),
          });
          return true;
        }
        const { pdf, credential } = await this.renderAndStore(request);
        await this.record(request, {
          type: 'RecordCertificateGenerated',
          certificateId,
          // Files are keyed by the request that made them: the certificate id.
          fileId: certificateId,
          sha256: pdf.sha256,
          size: pdf.size,
          at: this.clock.now(),
          credential,
        });
        await this.removeIfErased(request);
        return true;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        this.logger.warn({ certificateId, attempt, message: `generation failed: ${failure}` });
        await sleep(Math.min(30_000, 500 * 2 ** attempt), this.stopping.signal);
      }
    }
    return false;
  }

  private async renderAndStore(request: Request) {
    const job = await loadRenderJob(
      this.events,
      request.metadata.tenant,
      request.data,
      this.config.PUBLIC_URL,
    );
    const { certificateId, trainingId } = request.data;
    const pdf = await this.files.putIfAbsent(
      certificateFileKey(certificateId),
      await renderCertificate(this.renderer!, job),
    );
    const context = reactionContext(request, 'AssignStatusListIndex', certificateId, ACTOR);
    const statusListIndex = await assignStatusListIndexFor(this.write, context, certificateId);
    const tenant = request.metadata.tenant;
    const stored = { store: this.events, files: this.files, issuing: this.issuing };
    const { sha256, size } = await storeCredential(
      stored,
      tenant,
      trainingId,
      job,
      statusListIndex,
    );
    return { pdf, credential: { fileId: certificateId, sha256, size, statusListIndex } };
  }

  /**
   * A render that was under way when its learner was erased (perhaps on another instance) may
   * write its files after the erasure removed the others: the learner's tombstone says so.
   */
  private async removeIfErased(request: Request): Promise<void> {
    const { learnerId, certificateId } = request.data;
    const learner = { tenant: request.metadata.tenant, learnerId };
    const key = (await this.keys.find([learner])).get(learnerKeyId(learner));
    if (key?.state !== 'erased') return;
    await this.files.delete(certificateFileKey(certificateId));
    await this.files.delete(credentialFileKey(certificateId));
  }

  private async stillWanted(request: Request): Promise<boolean> {
    const { trainingId, learnerId, certificateId } = request.data;
    const stream = streams.certificate(request.metadata.tenant, trainingId, learnerId);
    const state = await this.write.state(stream, certificate);
    return state?.status === 'generating' && state.certificateId === certificateId;
  }

  private async record(request: Request, outcome: Outcome): Promise<void> {
    const { certificateId } = request.data;
    const context = reactionContext(request, outcome.type, certificateId, ACTOR);
    await recordGenerationOutcome(this.write, context, request.data, outcome);
  }
}
