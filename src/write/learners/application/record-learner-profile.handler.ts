import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { learnerProfile } from '../domain/learner-profile';

export function recordLearnerProfile(
  write: WriteModel,
  context: CommandContext,
  profile: { learnerId: string; name: string; email: string },
) {
  const stream = streams.learner(context.tenant, profile.learnerId);
  return write.execute(stream, learnerProfile, context, () => ({
    type: 'RecordLearnerProfile' as const,
    ...profile,
  }));
}
