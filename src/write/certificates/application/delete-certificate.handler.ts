import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { certificate } from '../domain/certificate';
import { certificateTarget, type TargetInput } from './certificate-target';

export function deleteCertificate(
  write: WriteModel,
  context: CommandContext,
  input: TargetInput & { reason: string | null },
) {
  const stream = streams.certificate(context.tenant, input.trainingId, input.learnerId);
  return write.execute(stream, certificate, context, async (now) => ({
    type: 'DeleteCertificate' as const,
    reason: input.reason,
    ...(await certificateTarget(write, context, input, now)),
  }));
}
