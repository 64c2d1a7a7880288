import type { Clock } from '../../core/clock';
import { streams } from '../../core/stream-names';
import type { RecordedOfType } from '../../event-store/event-store';
import type { FileStore } from '../../file-store/file-store';
import { reportFileKey } from '../../file-store/file-keys';
import type { ReportDoc } from '../../read/reports/reports.projection';
import type { ReadModels } from '../../read/read-models';
import type { ReadStore } from '../../read-store/read-store';
import type { WriteModel } from '../../write/command-handling/write-model';
import { recordExportStep } from '../../write/reports/application/record-export-outcome.handler';
import { progressReport } from '../../write/reports/domain/progress-report';
import { reactionContext } from '../reaction-context';
import { writeReportFile } from '../report-export/write-report-file';

interface Parts {
  readonly store: ReadStore;
  readonly reads: ReadModels;
  readonly files: FileStore;
  readonly write: WriteModel;
}

/**
 * Writes a done report again from the (already redacted) report read model, under the next
 * redaction's key, records it, and deletes every earlier file of the report. Redone after a
 * crash: a redaction already recorded for this learner is not written twice, and the deletes
 * are no-ops the second time.
 */
export async function redactReport(
  parts: Parts,
  erasure: RecordedOfType<'LearnerPersonalDataErased'>,
  report: ReportDoc,
  clock: Clock,
): Promise<void> {
  const { reportId, trainingId, tenant } = report;
  const { learnerId } = erasure.data;
  const stream = streams.report(tenant, reportId);
  const before = await parts.write.state(stream, progressReport);
  if (!before) return;
  let redactions = before.redactions;
  if (!before.redactedFor.includes(learnerId)) {
    const next = redactions + 1;
    const key = reportFileKey(reportId, next);
    const file = await writeReportFile(parts, tenant, trainingId, report.cutoff.slice(0, 10), key);
    const context = reactionContext(
      erasure,
      'RedactProgressReport',
      `${reportId}/${learnerId}`,
      'system:personal-data-erasure',
    );
    const outcome = await recordExportStep(parts.write, context, reportId, {
      type: 'RedactProgressReport',
      ...{ learnerId, rowCount: file.rowCount, sha256: file.sha256, size: file.size },
      at: clock.now(),
    });
    redactions = outcome.state.redactions;
    // Another process recorded a redaction first under this number: ours is not the file.
    if (redactions !== next) await parts.files.delete(key);
  }
  for (let earlier = 0; earlier < redactions; earlier++)
    await parts.files.delete(reportFileKey(reportId, earlier));
}
