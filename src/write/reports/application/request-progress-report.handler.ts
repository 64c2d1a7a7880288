import type { AccessScope } from '../../../core/access-scope';
import { deterministicId } from '../../../core/deterministic-id';
import { streams } from '../../../core/stream-names';
import { startOfUtcDay } from '../../../core/utc-day';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../trainings/application/find-training';
import { progressReport } from '../domain/progress-report';

/** Export a training's progress report as of the cut-off in force (today's 00:00 UTC). */
export async function requestProgressReport(
  write: WriteModel,
  context: CommandContext,
  { scope, trainingId }: { scope: AccessScope; trainingId: string },
) {
  const reportId = deterministicId(`report/${context.commandId}`);
  const stream = streams.report(context.tenant, reportId);
  const outcome = await write.execute(stream, progressReport, context, async (now) => {
    const training = await findTraining(write, context.tenant, trainingId);
    return {
      type: 'RequestProgressReport' as const,
      ...{ reportId, trainingId, scope, by: context.actor.id, at: now },
      training: training && { groupId: training.groupId },
      cutoff: startOfUtcDay(now),
    };
  });
  return { ...outcome, reportId };
}
