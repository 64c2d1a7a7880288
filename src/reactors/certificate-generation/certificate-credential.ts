import { type Issuing } from '../../credentials/issuing';
import { issueCredential } from '../../credentials/open-badge-credential';
import { achievementImageUrl, statusListUrl } from '../../credentials/public-urls';
import { credentialFileKey } from '../../file-store/file-keys';
import type { FileStore, StoredFile } from '../../file-store/file-store';
import type { RenderJob } from './certificate-facts';

/**
 * Signs the certificate as an Open Badges credential and stores it once beside the PDF. Its
 * issue time is the request's, as printed on the PDF, so a retried generation signs the same
 * bytes; and a file already stored stays, so the hash recorded always matches what is served.
 */
export async function storeCredential(
  { files, issuing }: { files: FileStore; issuing: Issuing },
  tenantId: string,
  trainingId: string,
  job: RenderJob,
  issued: { statusListIndex: number; achievementImageId: string },
): Promise<StoredFile> {
  const { facts } = job;
  const credential = await issueCredential(issuing, {
    tenantId,
    certificateId: facts.certificateId,
    issuedAt: facts.issuedAt,
    // The PDF's own validity, so both say the same.
    validUntil: facts.validUntil,
    completedAt: facts.completedAt,
    issuer: { name: facts.issuer.name, url: facts.issuer.url ?? null },
    training: { trainingId, title: facts.training.title, type: job.trainingType },
    learner: { email: facts.learner.email },
    achievementImage: achievementImageUrl(issuing.publicUrl, issued.achievementImageId),
    status: {
      statusListCredential: statusListUrl(issuing.publicUrl, tenantId),
      statusListIndex: issued.statusListIndex,
    },
  });
  return files.putIfAbsent(credentialFileKey(facts.certificateId), credential);
}
