import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { streams } from '../../stream-names';
import {
  learnerProfile,
  type LearnerProfileEvent,
  type LearnerProfileState,
} from '../domain/learner-profile';

type Outcome = CommandOutcome<LearnerProfileState, LearnerProfileEvent>;

export class RecordLearnerProfile extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly learnerId: string,
    readonly name: string,
    readonly email: string,
  ) {
    super();
  }
}

@CommandHandler(RecordLearnerProfile)
export class RecordLearnerProfileHandler implements ICommandHandler<RecordLearnerProfile> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, learnerId, name, email }: RecordLearnerProfile): Promise<Outcome> {
    const stream = streams.learner(context.tenant, learnerId);
    return this.write.execute(stream, learnerProfile, context, () => ({ learnerId, name, email }));
  }
}
