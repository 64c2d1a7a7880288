import type { AccessScope } from '../../../core/access-scope';
import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../facts';
import { certificate } from '../domain/certificate';

export function deleteCertificate(
  write: WriteModel,
  context: CommandContext,
  input: { scope: AccessScope; trainingId: string; learnerId: string; reason: string | null },
) {
  const { scope, trainingId, learnerId, reason } = input;
  const { tenant } = context;
  const stream = streams.certificate(tenant, trainingId, learnerId);
  return write.execute(stream, certificate, context, async (now) => {
    const training = await findTraining(write, tenant, trainingId);
    return {
      type: 'DeleteCertificate' as const,
      trainingId,
      learnerId,
      training: training && { groupId: training.groupId, assignment: training.assignment },
      scope,
      reason,
      by: context.actor.id,
      at: now,
    };
  });
}
