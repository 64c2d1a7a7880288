import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { inParallel } from '../../core/in-parallel';
import { EVENT_LOG, type EventLog, type RecordedOfType } from '../../event-store/event-store';
import { archiveFileKey, certificateFileKey, credentialFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { ErasureJournal } from '../../personal-data/erasure-journal';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from '../../personal-data/personal-data-keys';
import { waitForPosition } from '../../processing/checkpoint-watch';
import { ProjectionsService } from '../../projections/projections.service';
import { learnerCertificates, reportsListing } from '../../read/personal-data/erasure-scope';
import { progressReportProjection } from '../../read/progress-report/progress-report.projection';
import { publicCertificatesProjection } from '../../read/public-certificates/public-certificates.projection';
import { ReadModels } from '../../read/read-models';
import { archivesHolding } from '../../read/certificate-archives/archive-contents';
import { certificateArchivesProjection } from '../../read/certificate-archives/certificate-archives.projection';
import { recordArchiveStep } from '../../write/certificate-archives/application/record-archive-step.handler';
import { reactionContext } from '../reaction-context';
import { reportsProjection } from '../../read/reports/reports.projection';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { WriteModel } from '../../write/command-handling/write-model';
import { CERTIFICATE_ARCHIVE } from '../certificate-archive/certificate-archive.reactor';
import { CERTIFICATE_GENERATION } from '../certificate-generation/certificate-generation.reactor';
import { type Reactor, reactorCheckpoint } from '../reactor';
import { REPORT_EXPORT } from '../report-export/report-export.reactor';
import { redactReport } from './redact-report';

const NAME = 'personal-data-erasure';

/**
 * Files deleted and reports written again at once: each is a few round trips to the disk (or
 * GridFS) and an append, so one at a time a learner of a thousand trainings waited on thousands
 * of them in turn; several at once share the waits, their appends one group commit, and the
 * projections one page of redactions instead of one page each.
 */
const FILES_AT_ONCE = 16;
const REPORTS_AT_ONCE = 8;

type Erasure = RecordedOfType<'LearnerPersonalDataErased'>;

/**
 * Removes what was derived from an erased learner's personal data, once the read models have
 * applied the erasure: the PDFs and credentials of their certificates, and every done report
 * that listed them (written again from the redacted read model, the old files deleted). Then
 * the read store's files are purged of the overwritten pages. Safe to redo after a crash.
 */
@Injectable()
export class PersonalDataErasureReactor implements Reactor<'LearnerPersonalDataErased'> {
  readonly name = NAME;
  readonly handles = ['LearnerPersonalDataErased'] as const;
  private readonly logger = new Logger(NAME);

  constructor(
    @Inject(EVENT_LOG) private readonly log: EventLog,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
    @Inject(ErasureJournal) private readonly journal: ErasureJournal,
  ) {}

  /**
   * Waits until what was under way at the erasure is done: renders and report exports requested
   * before it have written their files (which may hold the name), and the read models list them.
   */
  private async settledBefore(position: bigint, signal: AbortSignal): Promise<boolean> {
    for (const reactor of [CERTIFICATE_GENERATION, REPORT_EXPORT, CERTIFICATE_ARCHIVE]) {
      const settled = () => reactorCheckpoint(this.store, reactor);
      if (!(await waitForPosition(settled, position, { signal }))) return false;
    }
    const head = (await this.log.headPosition()) ?? position;
    const models = [
      publicCertificatesProjection,
      progressReportProjection,
      reportsProjection,
      certificateArchivesProjection,
    ];
    return this.projections.waitFor(
      models.map(({ name }) => name),
      head,
      { signal },
    );
  }

  /** Returns early when the service stops first; the erasure is finished at the next start. */
  async react(erasure: Erasure, signal: AbortSignal): Promise<void> {
    const tenant = erasure.metadata.tenant;
    const { learnerId, erasedAt } = erasure.data;
    // Already destroyed by the command; again here in case the key came back from a backup.
    await this.keys.destroy({ tenant, learnerId }, erasedAt);
    // Outside DATA_DIR, for a restore after DATA_DIR is lost (a redo adds a line a restore ignores).
    await this.journal.record({ tenant, learnerId, erasedAt });
    if (!(await this.settledBefore(erasure.position, signal))) return;

    const certificates = await learnerCertificates(this.reads, tenant, learnerId);
    const keys = certificates.flatMap((id) => [certificateFileKey(id), credentialFileKey(id)]);
    await inParallel(keys, FILES_AT_ONCE, (key) => this.files.delete(key));
    const reports = await reportsListing(this.reads, tenant, learnerId);
    const parts = { store: this.store, reads: this.reads, files: this.files, write: this.write };
    await inParallel(reports, REPORTS_AT_ONCE, (report) =>
      redactReport(parts, erasure, report, this.clock),
    );
    const archives = await this.deleteArchives(erasure);
    await this.store.purgeOverwritten();
    this.logger.log({
      message: 'personal data erased',
      learnerId,
      certificates: certificates.length,
      reports: reports.length,
      archives,
    });
  }

  /** Deletes the archives that hold one of the learner's certificates; answers how many. */
  private async deleteArchives(erasure: Erasure): Promise<number> {
    const tenant = erasure.metadata.tenant;
    const { learnerId } = erasure.data;
    const archives = await archivesHolding(this.reads, tenant, learnerId);
    for (const { archiveId } of archives) {
      await this.files.delete(archiveFileKey(archiveId));
      const context = reactionContext(
        erasure,
        'DeleteCertificateArchive',
        `${archiveId}/${learnerId}`,
        'system:personal-data-erasure',
      );
      await recordArchiveStep(this.write, context, archiveId, {
        type: 'DeleteCertificateArchive',
        learnerId,
        at: this.clock.now(),
      });
    }
    return archives.length;
  }
}
