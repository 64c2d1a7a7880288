import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { certificateArchive, type CertificateArchiveCommand } from '../domain/certificate-archive';

export type ArchiveStep = Exclude<CertificateArchiveCommand, { type: 'RequestCertificateArchive' }>;

/** What the archive reactors record of an archive: started, completed, failed, expired, deleted. */
export function recordArchiveStep(
  write: WriteModel,
  context: CommandContext,
  archiveId: string,
  step: ArchiveStep,
) {
  return write.execute(
    streams.certificateArchive(context.tenant, archiveId),
    certificateArchive,
    context,
    () => step,
  );
}
