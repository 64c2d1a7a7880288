import { deterministicId } from '../../../core/deterministic-id';
import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { learnerProfile } from '../domain/learner-profile';

/**
 * Records again an erasure a restored log lacks (made after its snapshot), at the time it was
 * first made, through the same decider and append path as the admin's. The command id derives
 * from the learner, so restoring twice appends it once; an erased learner stays erased.
 */
export function eraseAgain(
  write: WriteModel,
  erasure: { readonly tenant: string; readonly learnerId: string; readonly erasedAt: string },
) {
  const { tenant, learnerId, erasedAt } = erasure;
  const commandId = deterministicId(`restore-erasure/${tenant}/${learnerId}`);
  const context: CommandContext = {
    commandId,
    tenant,
    actor: { id: 'system:restore', roles: [] },
    correlationId: commandId,
    causationId: commandId,
  };
  return write.execute(streams.learner(tenant, learnerId), learnerProfile, context, () => ({
    type: 'EraseLearnerPersonalData' as const,
    ...{ learnerId, by: 'system:restore', at: new Date(erasedAt), reason: null },
  }));
}
