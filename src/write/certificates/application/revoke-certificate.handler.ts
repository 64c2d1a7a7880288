import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { certificate } from '../domain/certificate';
import { certificateTarget, type TargetInput } from './certificate-target';

/** RevokeCertificate: an admin (or group admin) ends a generated certificate's validity. */
export function revokeCertificate(
  write: WriteModel,
  context: CommandContext,
  input: TargetInput & { reason: string },
) {
  const stream = streams.certificate(context.tenant, input.trainingId, input.learnerId);
  return write.execute(stream, certificate, context, async (now) => ({
    type: 'RevokeCertificate' as const,
    reason: input.reason,
    ...(await certificateTarget(write, context, input, now)),
  }));
}
