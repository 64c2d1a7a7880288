import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { CONFIG, type Config } from '../../config/config';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  ofType,
} from '../../event-store/event-store';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { progressReportProjection } from '../../read/progress-report/progress-report.projection';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { ReadModels } from '../../read/read-models';
import { reportFileKey } from '../../file-store/file-keys';
import { WriteModel } from '../../write/command-handling/write-model';
import { recordExportStep } from '../../write/reports/application/record-export-outcome.handler';
import { progressReport } from '../../write/reports/domain/progress-report';
import type { ProgressReportEvent } from '../../events/progress-report.events';
import { streams } from '../../core/stream-names';
import { reactionContext } from '../reaction-context';
import { ReactorInLogOrder } from '../reactor-in-log-order';
import { readModelReached } from '../read-model-reached';
import { writeReportFile } from './write-report-file';

export const REPORT_EXPORT = 'report-export';

type Request = RecordedEvent<Extract<ProgressReportEvent, { type: 'ProgressReportRequested' }>>;
type Step = Parameters<typeof recordExportStep>[3];

/**
 * Exports each requested progress report: once the report read model has passed the request
 * (so it holds the request's cut-off), the rows stream from the read store through
 * csv-stringify into the file store, and the outcome is recorded with the row count and the
 * file's SHA-256. Reports run one after the other; a restart resumes at the first unfinished.
 */
@Injectable()
export class ReportExportReactor extends ReactorInLogOrder<Request> {
  constructor(
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) config: Config,
    @Inject(WriteModel) private readonly write: WriteModel,
  ) {
    super(
      REPORT_EXPORT,
      'report export failed; resuming from its checkpoint',
      events,
      store,
      config,
    );
  }

  protected readonly handles = ofType('ProgressReportRequested');

  /** False when the service stops before the report is settled; it is redone at the next start. */
  protected async react(request: Request): Promise<boolean> {
    const { reportId, trainingId, cutoff } = request.data;
    const tenant = request.metadata.tenant;
    if (!(await this.reportModelReached(request.position))) return false;
    if (!(await this.record(request, { type: 'StartProgressReport', at: this.clock.now() })))
      return true;
    try {
      const parts = { store: this.store, reads: this.reads, files: this.files };
      const day = cutoff.slice(0, 10);
      const file = await writeReportFile(parts, tenant, trainingId, day, reportFileKey(reportId));
      const { rowCount, sha256, size } = file;
      await this.record(request, {
        type: 'CompleteProgressReport',
        rowCount,
        sha256,
        size,
        at: this.clock.now(),
      });
      await this.removeIfRedacted(request);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      this.logger.warn({ reportId, message: `export failed: ${reason}` });
      await this.record(request, { type: 'FailProgressReport', reason, at: this.clock.now() });
    }
    return true;
  }

  /**
   * An export that was under way when a learner it lists was erased (perhaps on another
   * instance) may write its file after the redaction replaced it: only the newest file stays.
   */
  private async removeIfRedacted(request: Request): Promise<void> {
    const { reportId } = request.data;
    const stream = streams.report(request.metadata.tenant, reportId);
    const state = await this.write.state(stream, progressReport);
    for (let earlier = 0; earlier < (state?.redactions ?? 0); earlier++)
      await this.files.delete(reportFileKey(reportId, earlier));
  }

  /** Waits until the report read model has applied the request (and so its cut-off marker). */
  private reportModelReached(position: bigint): Promise<boolean> {
    const name = progressReportProjection.name;
    return readModelReached(this.store, name, position, this.stopping.signal);
  }

  /** Appends the outcome; false when the report was already settled by another process. */
  private async record(request: Request, step: Step): Promise<boolean> {
    const { reportId } = request.data;
    const context = reactionContext(request, step.type, reportId, 'system:report-export');
    const outcome = await recordExportStep(this.write, context, reportId, step);
    return outcome.events.length > 0 || outcome.state.status === 'running';
  }
}
