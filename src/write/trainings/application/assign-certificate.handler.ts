import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { findVisibleTemplate, isFeatureEnabled } from '../../facts';
import { streams } from '../../stream-names';
import { training, type TrainingState } from '../domain/training';
import type { TrainingEvent } from '../domain/training.events';

type Outcome = CommandOutcome<TrainingState, TrainingEvent>;

export class AssignCertificate extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly trainingId: string,
    readonly templateId: string,
    readonly version: number,
  ) {
    super();
  }
}

@CommandHandler(AssignCertificate)
export class AssignCertificateHandler implements ICommandHandler<AssignCertificate> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, scope, trainingId, templateId, version }: AssignCertificate) {
    const { tenant } = context;
    return this.write.execute(
      streams.training(tenant, trainingId),
      training,
      context,
      async (now) => {
        const [featureEnabled, found] = await Promise.all([
          isFeatureEnabled(this.write, tenant),
          findVisibleTemplate(this.write, tenant, templateId),
        ]);
        return {
          type: 'AssignCertificate' as const,
          featureEnabled,
          trainingId,
          templateId,
          version,
          template: found && { templateId, latestVersion: found.state.latestVersion },
          scope,
          by: context.actor.id,
          at: now,
        };
      },
    );
  }
}
