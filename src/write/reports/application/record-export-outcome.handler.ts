import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { progressReport, type ProgressReportCommand } from '../domain/progress-report';

type ExportStep = Exclude<ProgressReportCommand, { type: 'RequestProgressReport' }>;

/** The export reactor records each step of a requested report: started, completed or failed. */
export function recordExportStep(
  write: WriteModel,
  context: CommandContext,
  reportId: string,
  step: ExportStep,
) {
  return write.execute(
    streams.report(context.tenant, reportId),
    progressReport,
    context,
    () => step,
  );
}
