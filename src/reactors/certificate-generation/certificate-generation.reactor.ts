import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { backoffDelay, RENDER_RETRY } from '../../core/backoff';
import { CLOCK, type Clock } from '../../core/clock';
import { sleep } from '../../core/sleep';
import { streams } from '../../core/stream-names';
import { CONFIG, type Config } from '../../config/config';
import { ISSUING, type Issuing } from '../../credentials/issuing';
import type { RecordedOfType } from '../../event-store/event-store';
import { certificateFileKey, credentialFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import {
  learnerKeyId,
  PERSONAL_DATA_KEYS,
  type PersonalDataKeys,
} from '../../personal-data/personal-data-keys';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { PdfRenderer, TemplateRenderError } from '../../rendering/pdf-renderer';
import { renderCertificate } from '../../rendering/render-certificate';
import { RENDERER } from '../../rendering/rendering.module';
import { recordGenerationOutcome } from '../../write/certificates/application/record-generation-outcome.handler';
import { certificate } from '../../write/certificates/domain/certificate';
import { WriteModel } from '../../write/command-handling/write-model';
import { assignStatusListIndexFor } from '../../write/status-lists/application/assign-status-list-index.handler';
import { reactionContext } from '../reaction-context';
import type { Reactor } from '../reactor';
import { storeCredential } from './certificate-credential';
import { loadRenderJob } from './certificate-facts';
import { AchievementImages } from './achievement-images';
import { numberForRender } from './certificate-number-for-render';
import { RenderLeases } from './render-leases';

export const CERTIFICATE_GENERATION = 'certificate-generation';
const ACTOR = 'system:certificate-generation';
/** A lease lapses this long after its holder last renewed it (it renews at a third of it). */
const LEASE_MS = 10_000;
/** How often an instance waiting on another's render looks whether it is settled. */
const LEASE_POLL_MS = 250;

type Request = RecordedOfType<'CertificateGenerationRequested'>;
type Outcome = Parameters<typeof recordGenerationOutcome>[3];

/**
 * Turns each generation request in the log into a PDF (with the number the numbering reactor
 * gave it) and a signed credential beside it, and records the outcome: generated (with both
 * stored files' SHA-256 and size) or, after bounded retries, failed. Several requests render
 * at once, up to twice the renderer's pool. A request already decided is never rendered again,
 * and the outcome is appended with the stream's expected revision, so it is recorded once.
 */
@Injectable()
export class CertificateGenerationReactor implements Reactor<'CertificateGenerationRequested'> {
  readonly name = CERTIFICATE_GENERATION;
  readonly handles = ['CertificateGenerationRequested'] as const;
  readonly concurrency: number;
  readonly unavailable: string | null;
  private readonly logger = new Logger(CERTIFICATE_GENERATION);
  private readonly leases: RenderLeases;
  private readonly achievementImages: AchievementImages | null;

  constructor(
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(RENDERER) private readonly renderer: PdfRenderer | null,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ISSUING) private readonly issuing: Issuing,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(READ_STORE) private readonly store: ReadStore,
  ) {
    this.concurrency = config.RENDER_POOL_SIZE * 2;
    this.leases = new RenderLeases(store, randomUUID(), LEASE_MS);
    this.achievementImages = renderer ? new AchievementImages(renderer, files) : null;
    this.unavailable = renderer
      ? null
      : 'Certificates will stay "generating" until Chromium is installed and the service restarted';
  }

  /**
   * Renders one request, retrying with backoff; after the last attempt records the failure.
   * Returns early, unsettled, when the service stops (the request is redone at the next start).
   * Another instance rendering the same request is waited for rather than joined (see
   * `RenderLeases`); its lease is held across the attempts and the waits between them.
   */
  async react(request: Request, signal: AbortSignal): Promise<void> {
    const { certificateId } = request.data;
    if (!(await this.turnToRender(request, signal))) return;
    const renewing = setInterval(
      () => void this.leases.take(certificateId, Date.now()).catch(() => undefined),
      LEASE_MS / 3,
    );
    try {
      await this.renderUntilSettled(request, signal);
    } finally {
      clearInterval(renewing);
      await this.leases.release(certificateId).catch(() => undefined);
    }
  }

  /**
   * Waits while another process holds the request's lease: true once this one holds it, false
   * once the request is settled (by the holder, most often) or the service stops.
   */
  private async turnToRender(request: Request, signal: AbortSignal): Promise<boolean> {
    for (;;) {
      if (signal.aborted || !(await this.stillWanted(request))) return false;
      if (await this.leases.take(request.data.certificateId, Date.now())) return true;
      await sleep(LEASE_POLL_MS, signal);
    }
  }

  private async renderUntilSettled(request: Request, signal: AbortSignal): Promise<void> {
    const { certificateId } = request.data;
    let failure: string | undefined;
    // A template that cannot render (it navigates away, it is too large) fails the same way again.
    let final = false;
    for (let attempt = 1; !signal.aborted; attempt++) {
      try {
        // The first attempt follows `turnToRender`'s look; a later one looks again.
        if (attempt > 1 && !(await this.stillWanted(request))) return;
        if (failure !== undefined && (final || attempt > this.config.GENERATION_ATTEMPTS)) {
          const reason = failure.slice(0, 1000);
          const at = this.clock.now();
          await this.record(request, {
            type: 'RecordCertificateGenerationFailed',
            certificateId,
            reason,
            at,
          });
          return;
        }
        const started = performance.now();
        const { pdf, credential } = await this.renderAndStore(request, signal);
        const ms = Math.round(performance.now() - started);
        this.logger.log({ message: 'certificate rendered', certificateId, attempt, ms });
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
        return;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        final = error instanceof TemplateRenderError;
        const message = `generation failed: ${failure}`;
        this.logger.warn({ certificateId, attempt, message });
        if (!final) await sleep(backoffDelay(attempt, RENDER_RETRY), signal);
      }
    }
  }

  private async renderAndStore(request: Request, signal: AbortSignal) {
    const tenant = request.metadata.tenant;
    const { certificateId, trainingId } = request.data;
    const parts = { write: this.write, store: this.store };
    const number = await numberForRender(parts, request, ACTOR, { signal });
    const publicUrl = this.config.PUBLIC_URL;
    const job = await loadRenderJob(this.write, tenant, request.data, { publicUrl, number });
    const pdf = await this.files.putIfAbsent(
      certificateFileKey(certificateId),
      await renderCertificate(this.renderer!, job),
    );
    const context = reactionContext(request, 'AssignStatusListIndex', certificateId, ACTOR);
    const statusListIndex = await assignStatusListIndexFor(this.write, context, certificateId);
    const { training, issuer } = job.facts;
    const achievementImageId = await this.achievementImages!.ensure({
      tenantId: tenant,
      trainingId,
      title: training.title,
      issuerName: issuer.name,
      logo: issuer.logo ?? null,
    });
    const signing = { files: this.files, issuing: this.issuing };
    const issued = { statusListIndex, achievementImageId };
    const stored = await storeCredential(signing, tenant, trainingId, job, issued);
    const { sha256, size } = stored;
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
