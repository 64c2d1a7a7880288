import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import { deterministicId } from '../../../core/deterministic-id';
import { startOfUtcDay } from '../../../core/utc-day';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../facts';
import { streams } from '../../stream-names';
import {
  progressReport,
  type ProgressReportEvent,
  type ProgressReportState,
} from '../domain/progress-report';

type Outcome = CommandOutcome<ProgressReportState, ProgressReportEvent> & { reportId: string };

/** Export a training's progress report as of the cut-off in force (today's 00:00 UTC). */
export class RequestProgressReport extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly trainingId: string,
  ) {
    super();
  }
}

@CommandHandler(RequestProgressReport)
export class RequestProgressReportHandler implements ICommandHandler<RequestProgressReport> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  async execute({ context, scope, trainingId }: RequestProgressReport): Promise<Outcome> {
    const reportId = deterministicId(`report/${context.commandId}`);
    const outcome = await this.write.execute(
      streams.report(context.tenant, reportId),
      progressReport,
      context,
      async (now) => {
        const training = await findTraining(this.write, context.tenant, trainingId);
        return {
          type: 'RequestProgressReport' as const,
          ...{ reportId, trainingId, scope, by: context.actor.id, at: now },
          training: training && { groupId: training.groupId },
          cutoff: startOfUtcDay(now),
        };
      },
    );
    return { ...outcome, reportId };
  }
}
