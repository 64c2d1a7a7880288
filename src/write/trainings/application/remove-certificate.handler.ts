import type { AccessScope } from '../../../core/access-scope';
import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { training } from '../domain/training';

export function removeCertificate(
  write: WriteModel,
  context: CommandContext,
  { scope, trainingId }: { scope: AccessScope; trainingId: string },
) {
  const stream = streams.training(context.tenant, trainingId);
  return write.execute(stream, training, context, () => ({
    type: 'RemoveCertificate' as const,
    trainingId,
    scope,
    by: context.actor.id,
  }));
}
