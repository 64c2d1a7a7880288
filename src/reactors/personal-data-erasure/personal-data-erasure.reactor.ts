import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config';
import {
  EVENT_STORE,
  type EventStore,
  ofType,
  type RecordedOfType,
} from '../../event-store/event-store';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { certificateFileKey, credentialFileKey } from '../../file-store/file-keys';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from '../../personal-data/personal-data-keys';
import { progressReportProjection } from '../../read/progress-report/progress-report.projection';
import { publicCertificatesProjection } from '../../read/public-certificates/public-certificates.projection';
import { reportsProjection } from '../../read/reports/reports.projection';
import { ReadModels } from '../../read/read-models';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { WriteModel } from '../../write/command-handling/write-model';
import { CLOCK, type Clock } from '../../core/clock';
import { sleep } from '../../core/sleep';
import { CERTIFICATE_GENERATION } from '../certificate-generation/certificate-generation.reactor';
import { readModelReached } from '../read-model-reached';
import { REPORT_EXPORT } from '../report-export/report-export.reactor';
import { ReactorInLogOrder } from '../reactor-in-log-order';
import { learnerCertificates, reportsListing } from '../../read/personal-data/erasure-scope';
import { redactReport } from './redact-report';

const NAME = 'personal-data-erasure';

type Erasure = RecordedOfType<'LearnerPersonalDataErased'>;

/**
 * Removes what was derived from an erased learner's personal data, once the read models have
 * applied the erasure: the PDFs and credentials of their certificates, and every done report
 * that listed them (written again from the redacted read model, the old files deleted). Then
 * the read store's files are purged of the overwritten pages. Safe to redo after a crash.
 */
@Injectable()
export class PersonalDataErasureReactor extends ReactorInLogOrder<Erasure> {
  constructor(
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) config: Config,
    @Inject(WriteModel) private readonly write: WriteModel,
  ) {
    super(NAME, 'erasure clean-up failed; resuming from its checkpoint', events, store, config);
  }

  protected readonly handles = ofType('LearnerPersonalDataErased');

  /**
   * Waits until what was under way at the erasure is done: renders and report exports requested
   * before it have written their files (which may hold the name), and the read models list them.
   */
  private async settledBefore(position: bigint): Promise<boolean> {
    const signal = this.stopping.signal;
    for (const reactor of [CERTIFICATE_GENERATION, REPORT_EXPORT])
      while (((await this.checkpoints.load(reactor)) ?? -1n) < position) {
        if (signal.aborted) return false;
        await sleep(50, signal);
      }
    const head = (await this.events.headPosition()) ?? position;
    const models = [publicCertificatesProjection, progressReportProjection, reportsProjection];
    for (const { name } of models)
      if (!(await readModelReached(this.store, name, head, signal))) return false;
    return true;
  }

  /** False when the service stops first; the erasure is finished at the next start. */
  protected async react(erasure: Erasure): Promise<boolean> {
    const tenant = erasure.metadata.tenant;
    const { learnerId, erasedAt } = erasure.data;
    // Already destroyed by the command; again here in case the key came back from a backup.
    await this.keys.destroy({ tenant, learnerId }, erasedAt);
    if (!(await this.settledBefore(erasure.position))) return false;

    const certificates = await learnerCertificates(this.reads, tenant, learnerId);
    for (const certificateId of certificates) {
      await this.files.delete(certificateFileKey(certificateId));
      await this.files.delete(credentialFileKey(certificateId));
    }
    const reports = await reportsListing(this.reads, tenant, learnerId);
    const parts = { store: this.store, reads: this.reads, files: this.files, write: this.write };
    for (const report of reports) await redactReport(parts, erasure, report, this.clock);
    await this.store.purgeOverwritten();
    this.logger.log({
      message: 'personal data erased',
      learnerId,
      certificates: certificates.length,
      reports: reports.length,
    });
    return true;
  }
}
