import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { streams } from '../../stream-names';
import { training, type TrainingState } from '../domain/training';
import type { TrainingEvent } from '../domain/training.events';

type Outcome = CommandOutcome<TrainingState, TrainingEvent>;

export class RemoveCertificate extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly trainingId: string,
  ) {
    super();
  }
}

@CommandHandler(RemoveCertificate)
export class RemoveCertificateHandler implements ICommandHandler<RemoveCertificate> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, scope, trainingId }: RemoveCertificate): Promise<Outcome> {
    const stream = streams.training(context.tenant, trainingId);
    return this.write.execute(stream, training, context, () => ({
      type: 'RemoveCertificate' as const,
      trainingId,
      scope,
      by: context.actor.id,
    }));
  }
}
