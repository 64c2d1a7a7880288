import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { certificate, type CertificateCommand } from '../domain/certificate';

type Outcome = Extract<
  CertificateCommand,
  { type: 'RecordCertificateGenerated' | 'RecordCertificateGenerationFailed' }
>;

/** The generation reactor records how a requested generation ended: the file, or the failure. */
export function recordGenerationOutcome(
  write: WriteModel,
  context: CommandContext,
  target: { trainingId: string; learnerId: string },
  outcome: Outcome,
) {
  const stream = streams.certificate(context.tenant, target.trainingId, target.learnerId);
  return write.execute(stream, certificate, context, () => outcome);
}
