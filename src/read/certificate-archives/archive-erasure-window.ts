import type { EventLog } from '../../event-store/event-store';
import type { ReadModels } from '../read-models';
import { erasedSince } from '../personal-data/erasure-window';
import { archivesHolding } from './archive-contents';
import type { CertificateArchiveDoc } from './certificate-archives.projection';

/**
 * Whether the archive may hold a learner erased since it was requested: until the erasure's
 * reactor has deleted it, its file still holds their name and PDFs. Asks the log, which knows
 * of the erasure as soon as the DELETE has answered.
 */
export async function archiveAwaitsErasure(
  log: Pick<EventLog, 'readTenantLog'>,
  reads: ReadModels,
  archive: CertificateArchiveDoc,
): Promise<boolean> {
  const after = BigInt(archive.requestedPosition);
  for await (const learnerId of erasedSince(log, archive.tenant, after)) {
    const holding = await archivesHolding(reads, archive.tenant, learnerId);
    if (holding.some((doc) => doc.archiveId === archive.archiveId)) return true;
  }
  return false;
}
