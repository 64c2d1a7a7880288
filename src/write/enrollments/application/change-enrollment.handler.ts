import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../facts';
import { streams } from '../../stream-names';
import { enrollment, type EnrollmentState } from '../domain/enrollment';
import type { EnrollmentEvent } from '../domain/enrollment.events';

type Outcome = CommandOutcome<EnrollmentState, EnrollmentEvent>;

/** What happens to one learner in one training: enrolment, progress or completion. */
export type EnrollmentChange =
  | { readonly type: 'EnrollLearner' }
  | { readonly type: 'RecordProgress'; readonly percent: number }
  | {
      readonly type: 'CompleteTraining';
      readonly completedAt: Date | null;
      readonly score: number | null;
    };

export class ChangeEnrollment extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly trainingId: string,
    readonly learnerId: string,
    readonly change: EnrollmentChange,
  ) {
    super();
  }
}

@CommandHandler(ChangeEnrollment)
export class ChangeEnrollmentHandler implements ICommandHandler<ChangeEnrollment> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, scope, trainingId, learnerId, change }: ChangeEnrollment): Promise<Outcome> {
    const { tenant } = context;
    const stream = streams.enrollment(tenant, trainingId, learnerId);
    return this.write.execute(stream, enrollment, context, async (now) => {
      const found = await findTraining(this.write, tenant, trainingId);
      const training = found && { groupId: found.groupId };
      return { ...change, trainingId, learnerId, training, scope, at: now };
    });
  }
}
