import type { AccessScope } from '../../../core/access-scope';
import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../trainings/application/find-training';
import { enrollment } from '../domain/enrollment';

/** What happens to one learner in one training: enrolment, progress or completion. */
export type EnrollmentChange =
  | { readonly type: 'EnrollLearner' }
  | { readonly type: 'RecordProgress'; readonly percent: number }
  | {
      readonly type: 'CompleteTraining';
      readonly completedAt: Date | null;
      readonly score: number | null;
    };

/** EnrollLearner, RecordProgress and CompleteTraining: one learner's enrolment stream. */
export function changeEnrollment(
  write: WriteModel,
  context: CommandContext,
  target: { scope: AccessScope; trainingId: string; learnerId: string },
  change: EnrollmentChange,
) {
  const { scope, trainingId, learnerId } = target;
  const { tenant } = context;
  const stream = streams.enrollment(tenant, trainingId, learnerId);
  return write.execute(stream, enrollment, context, async (now) => {
    const found = await findTraining(write, tenant, trainingId);
    const training = found && { groupId: found.groupId };
    return { ...change, trainingId, learnerId, training, scope, at: now };
  });
}
