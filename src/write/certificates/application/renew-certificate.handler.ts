import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { enrollment, type RenewalFacts } from '../../enrollments/domain/enrollment';
import { findTraining } from '../../trainings/application/find-training';
import { certificate } from '../domain/certificate';
import { type CertificateState, validUntilOf } from '../domain/certificate.state';

/**
 * RenewCertificate: starts the learner's next cycle of the training. The cycle lives on the
 * enrolment stream (progress and completion start again there); the certificate stream is
 * folded for what the renewal may rest on.
 */
export function renewCertificate(
  write: WriteModel,
  context: CommandContext,
  input: { scope: AccessScope; trainingId: string; learnerId: string; selfService: boolean },
) {
  const { tenant } = context;
  const { scope, trainingId, learnerId, selfService } = input;
  const stream = streams.enrollment(tenant, trainingId, learnerId);
  return write.execute(stream, enrollment, context, async (now) => {
    const [found, current] = await Promise.all([
      findTraining(write, tenant, trainingId),
      write.state(streams.certificate(tenant, trainingId, learnerId), certificate),
    ]);
    return {
      type: 'RenewCertificate' as const,
      ...{ trainingId, learnerId, scope, selfService, by: context.actor.id, at: now },
      training: found && { groupId: found.groupId },
      certificate: renewalFacts(current),
    };
  });
}

function renewalFacts(state: CertificateState | null): RenewalFacts {
  if (!state || state.status === 'none') return { lastGenerated: null, latest: null };
  const renewalWindowDays = state.status === 'deleted' ? null : state.renewalWindowDays;
  return {
    lastGenerated: state.lastGenerated,
    latest: {
      cycle: state.cycle,
      status: state.status,
      validUntil: validUntilOf(state),
      renewalWindowDays,
    },
  };
}
