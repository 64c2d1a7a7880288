import type { AccessScope } from '../../../core/access-scope';
import { deterministicId } from '../../../core/deterministic-id';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { enrollment } from '../../enrollments/domain/enrollment';
import { findTraining, isFeatureEnabled } from '../../facts';
import { streams } from '../../../core/stream-names';
import { certificate } from '../domain/certificate';

/** GenerateCertificate: the learner's click on "Generate", or an admin's generate-again. */
export function generateCertificate(
  write: WriteModel,
  context: CommandContext,
  { scope, trainingId, learnerId }: { scope: AccessScope; trainingId: string; learnerId: string },
) {
  const { tenant } = context;
  const stream = streams.certificate(tenant, trainingId, learnerId);
  return write.execute(stream, certificate, context, async (now) => {
    const [featureEnabled, training, progress] = await Promise.all([
      isFeatureEnabled(write, tenant),
      findTraining(write, tenant, trainingId),
      write.state(streams.enrollment(tenant, trainingId, learnerId), enrollment),
    ]);
    return {
      type: 'GenerateCertificate' as const,
      featureEnabled,
      completed: progress?.completedAt != null,
      newCertificateId: deterministicId(`certificate/${context.commandId}`),
      trainingId,
      learnerId,
      training: training && { groupId: training.groupId, assignment: training.assignment },
      scope,
      by: context.actor.id,
      at: now,
    };
  });
}
