import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { streams } from '../../core/stream-names';
import type { RecordedOfType } from '../../event-store/event-store';
import { reportFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { ProjectionsService } from '../../projections/projections.service';
import { progressReportProjection } from '../../read/progress-report/progress-report.projection';
import { ReadModels } from '../../read/read-models';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { WriteModel } from '../../write/command-handling/write-model';
import { recordExportStep } from '../../write/reports/application/record-export-outcome.handler';
import { progressReport } from '../../write/reports/domain/progress-report';
import { reactionContext } from '../reaction-context';
import type { Reactor } from '../reactor';
import { writeReportFile } from './write-report-file';

export const REPORT_EXPORT = 'report-export';

type Request = RecordedOfType<'ProgressReportRequested'>;
type Step = Parameters<typeof recordExportStep>[3];

/**
 * Exports each requested progress report: once the report read model has passed the request
 * (so it holds the request's cut-off), the rows stream from the read store through
 * csv-stringify into the file store, and the outcome is recorded with the row count and the
 * file's SHA-256. Reports run one after the other; a restart resumes at the first unfinished.
 */
@Injectable()
export class ReportExportReactor implements Reactor<'ProgressReportRequested'> {
  readonly name = REPORT_EXPORT;
  readonly handles = ['ProgressReportRequested'] as const;
  private readonly logger = new Logger(REPORT_EXPORT);

  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
  ) {}

  async react(request: Request, signal: AbortSignal): Promise<void> {
    const { reportId, trainingId, cutoff } = request.data;
    const tenant = request.metadata.tenant;
    // The report read model must have applied the request, and so its cut-off marker.
    const names = [progressReportProjection.name];
    if (!(await this.projections.waitFor(names, request.position, { signal }))) return;
    if (!(await this.record(request, { type: 'StartProgressReport', at: this.clock.now() })))
      return;
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

  /** Appends the outcome; false when the report was already settled by another process. */
  private async record(request: Request, step: Step): Promise<boolean> {
    const { reportId } = request.data;
    const context = reactionContext(request, step.type, reportId, 'system:report-export');
    const outcome = await recordExportStep(this.write, context, reportId, step);
    return outcome.events.length > 0 || outcome.state.status === 'running';
  }
}
