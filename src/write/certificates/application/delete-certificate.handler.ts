import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../facts';
import { streams } from '../../stream-names';
import { certificate } from '../domain/certificate';
import type { CertificateEvent } from '../domain/certificate.events';
import type { CertificateState } from '../domain/certificate.state';

type Outcome = CommandOutcome<CertificateState, CertificateEvent>;

export class DeleteCertificate extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly trainingId: string,
    readonly learnerId: string,
    readonly reason: string | null,
  ) {
    super();
  }
}

@CommandHandler(DeleteCertificate)
export class DeleteCertificateHandler implements ICommandHandler<DeleteCertificate> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, scope, trainingId, learnerId, reason }: DeleteCertificate) {
    const { tenant } = context;
    const stream = streams.certificate(tenant, trainingId, learnerId);
    return this.write.execute(stream, certificate, context, async (now) => {
      const training = await findTraining(this.write, tenant, trainingId);
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
}
