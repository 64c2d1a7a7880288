import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import type { RecordedOfType } from '../../event-store/event-store';
import { archiveFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { ProjectionsService } from '../../projections/projections.service';
import { archiveEntries, archiveMoment } from '../../read/certificate-archives/archive-contents';
import {
  CERTIFICATE_ARCHIVES,
  type CertificateArchiveDoc,
  certificateArchivesProjection,
} from '../../read/certificate-archives/certificate-archives.projection';
import { publicCertificatesProjection } from '../../read/public-certificates/public-certificates.projection';
import { ReadModels } from '../../read/read-models';
import { WriteModel } from '../../write/command-handling/write-model';
import {
  type ArchiveStep,
  recordArchiveStep,
} from '../../write/certificate-archives/application/record-archive-step.handler';
import { reactionContext } from '../reaction-context';
import type { Reactor } from '../reactor';
import { writeArchiveFile } from './write-archive-file';

export const CERTIFICATE_ARCHIVE = 'certificate-archive';
const ACTOR = 'system:certificate-archive';

type Handled = 'CertificateArchiveRequested' | 'DailyCutoffPassed';
type Request = RecordedOfType<'CertificateArchiveRequested'>;
type Marker = RecordedOfType<'DailyCutoffPassed'>;

/**
 * Builds each requested certificate archive once the certificates read model has passed the
 * request: the PDFs and credentials stream from the file store through yazl into the file
 * store, and the outcome is recorded with the count and the ZIP's SHA-256. At each daily
 * cut-off marker it removes the archives kept their seven days by then: expiry follows the
 * log's clock, so a service that was down catches up and the test clock drives it.
 */
@Injectable()
export class CertificateArchiveReactor implements Reactor<Handled> {
  readonly name = CERTIFICATE_ARCHIVE;
  readonly handles = ['CertificateArchiveRequested', 'DailyCutoffPassed'] as const;
  private readonly logger = new Logger(CERTIFICATE_ARCHIVE);

  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
  ) {}

  react(event: Request | Marker, signal: AbortSignal): Promise<void> {
    return event.type === 'DailyCutoffPassed'
      ? this.expire(event, signal)
      : this.build(event, signal);
  }

  private async build(request: Request, signal: AbortSignal): Promise<void> {
    const { archiveId, trainingId } = request.data;
    const tenant = request.metadata.tenant;
    const names = [publicCertificatesProjection.name];
    if (!(await this.projections.waitFor(names, request.position, { signal }))) return;
    const context = (step: ArchiveStep['type']) => reactionContext(request, step, archiveId, ACTOR);
    const start = await recordArchiveStep(
      this.write,
      context('StartCertificateArchive'),
      archiveId,
      {
        type: 'StartCertificateArchive',
        at: this.clock.now(),
      },
    );
    // Settled already (by another process, or before a crash).
    if (start.events.length === 0 && start.state.status !== 'running') return;
    try {
      const moment = archiveMoment(request.data);
      const pages = () => archiveEntries(this.reads, tenant, trainingId, moment);
      const file = await writeArchiveFile(
        this.files,
        pages,
        archiveFileKey(archiveId),
        new Date(moment),
      );
      await recordArchiveStep(this.write, context('CompleteCertificateArchive'), archiveId, {
        type: 'CompleteCertificateArchive',
        ...{ count: file.count, sha256: file.sha256, size: file.size },
        at: this.clock.now(),
      });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      this.logger.warn({ archiveId, message: `archive failed: ${reason}` });
      await this.files.delete(archiveFileKey(archiveId));
      await recordArchiveStep(this.write, context('FailCertificateArchive'), archiveId, {
        type: 'FailCertificateArchive',
        reason,
        at: this.clock.now(),
      });
    }
  }

  /** Removes every done archive whose seven days ended by this cut-off, in any tenant. */
  private async expire(marker: Marker, signal: AbortSignal): Promise<void> {
    const names = [certificateArchivesProjection.name];
    if (!(await this.projections.waitFor(names, marker.position, { signal }))) return;
    const cutoff = marker.data.cutoff;
    for (;;) {
      const due = await this.reads.find<CertificateArchiveDoc>(
        certificateArchivesProjection.name,
        CERTIFICATE_ARCHIVES,
        { where: { status: 'done' }, orderBy: 'expiresAt', limit: 100 },
      );
      const ending = due.filter((doc) => doc.expiresAt !== null && doc.expiresAt <= cutoff);
      if (ending.length === 0) return;
      let last = marker.position;
      for (const archive of ending) {
        await this.files.delete(archiveFileKey(archive.archiveId));
        const context = {
          ...reactionContext(marker, 'ExpireCertificateArchive', archive.archiveId, ACTOR),
          tenant: archive.tenant,
        };
        const outcome = await recordArchiveStep(this.write, context, archive.archiveId, {
          type: 'ExpireCertificateArchive',
          cutoff: new Date(cutoff),
          at: this.clock.now(),
        });
        if (outcome.position > last) last = outcome.position;
      }
      if (ending.length < due.length) return;
      // The read model must show these expired before the next page is asked for.
      if (!(await this.projections.waitFor(names, last, { signal }))) return;
    }
  }
}
