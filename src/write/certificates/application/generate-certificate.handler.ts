import { deterministicId } from '../../../core/deterministic-id';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { enrollment } from '../../enrollments/domain/enrollment';
import { learnerProfile } from '../../learners/domain/learner-profile';
import { isFeatureEnabled } from '../../features/application/is-feature-enabled';
import { streams } from '../../../core/stream-names';
import { certificate } from '../domain/certificate';
import { certificateTarget, type TargetInput } from './certificate-target';

/** GenerateCertificate: the learner's click on "Generate", or an admin's generate-again. */
export function generateCertificate(
  write: WriteModel,
  context: CommandContext,
  /** selfService: the learner's own click, which a revocation refuses; else an admin's. */
  input: TargetInput & { selfService: boolean },
) {
  const { tenant } = context;
  const { trainingId, learnerId } = input;
  const stream = streams.certificate(tenant, trainingId, learnerId);
  return write.execute(stream, certificate, context, async (now) => {
    const [featureEnabled, target, progress, learner] = await Promise.all([
      isFeatureEnabled(write, tenant),
      certificateTarget(write, context, input, now),
      write.state(streams.enrollment(tenant, trainingId, learnerId), enrollment),
      write.state(streams.learner(tenant, learnerId), learnerProfile),
    ]);
    return {
      type: 'GenerateCertificate' as const,
      featureEnabled,
      completed: progress?.completedAt != null,
      cycle: progress?.cycle ?? 1,
      newCertificateId: deterministicId(`certificate/${context.commandId}`),
      selfService: input.selfService,
      learnerErased: learner?.erasedAt != null,
      ...target,
    };
  });
}
