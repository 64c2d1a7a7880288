import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../../core/command-context';
import { deterministicId } from '../../../core/deterministic-id';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../trainings/application/find-training';
import { certificateArchive } from '../domain/certificate-archive';

/** Archive a training's generated certificates, as of now or of a past day's cut-off. */
export async function requestCertificateArchive(
  write: WriteModel,
  context: CommandContext,
  { scope, trainingId, asOf }: { scope: AccessScope; trainingId: string; asOf: string | null },
) {
  const archiveId = deterministicId(`certificate-archive/${context.commandId}`);
  const stream = streams.certificateArchive(context.tenant, archiveId);
  const outcome = await write.execute(stream, certificateArchive, context, async (now) => {
    const training = await findTraining(write, context.tenant, trainingId);
    return {
      type: 'RequestCertificateArchive' as const,
      ...{ archiveId, trainingId, scope, asOf, by: context.actor.id, at: now },
      training: training && { groupId: training.groupId },
    };
  });
  return { ...outcome, archiveId };
}
