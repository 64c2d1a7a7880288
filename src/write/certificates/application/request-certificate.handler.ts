import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import { deterministicId } from '../../../core/deterministic-id';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { enrollment } from '../../enrollments/domain/enrollment';
import { findTraining, isFeatureEnabled } from '../../facts';
import { streams } from '../../stream-names';
import { certificate } from '../domain/certificate';
import type { CertificateEvent } from '../domain/certificate.events';
import type { CertificateState } from '../domain/certificate.state';

type Outcome = CommandOutcome<CertificateState, CertificateEvent>;

/** GenerateCertificate: the learner's click on "Generate", or an admin's generate-again. */
export class RequestCertificate extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly trainingId: string,
    readonly learnerId: string,
  ) {
    super();
  }
}

@CommandHandler(RequestCertificate)
export class RequestCertificateHandler implements ICommandHandler<RequestCertificate> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, scope, trainingId, learnerId }: RequestCertificate): Promise<Outcome> {
    const { tenant } = context;
    const stream = streams.certificate(tenant, trainingId, learnerId);
    return this.write.execute(stream, certificate, context, async (now) => {
      const [featureEnabled, training, progress] = await Promise.all([
        isFeatureEnabled(this.write, tenant),
        findTraining(this.write, tenant, trainingId),
        this.write.state(streams.enrollment(tenant, trainingId, learnerId), enrollment),
      ]);
      return {
        type: 'RequestCertificate' as const,
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
}
