import { type Issuing } from '../../credentials/issuing';
import { issueCredential, type TrainingType } from '../../credentials/open-badge-credential';
import { statusListUrl } from '../../credentials/public-urls';
import { streams } from '../../core/stream-names';
import { type EventStore, ofType } from '../../event-store/event-store';
import { credentialFileKey } from '../../file-store/file-keys';
import type { FileStore, StoredFile } from '../../file-store/file-store';
import type { RenderJob } from './certificate-facts';

/**
 * Signs the certificate as an Open Badges credential and stores it once beside the PDF. Its
 * issue time is the request's, as printed on the PDF, so a retried generation signs the same
 * bytes; and a file already stored stays, so the hash recorded always matches what is served.
 */
export async function storeCredential(
  { store, files, issuing }: { store: EventStore; files: FileStore; issuing: Issuing },
  tenantId: string,
  trainingId: string,
  job: RenderJob,
  statusListIndex: number,
): Promise<StoredFile> {
  const { facts } = job;
  const profile = (await store.readStream(streams.issuerProfile(tenantId))).findLast(
    ofType('IssuerProfileRecorded'),
  )?.data;
  const credential = await issueCredential(issuing, {
    tenantId,
    certificateId: facts.certificateId,
    issuedAt: facts.issuedAt,
    // The PDF's own validity, so both say the same.
    validUntil: facts.validUntil ?? null,
    completedAt: facts.completedAt,
    issuer: profile ? { name: profile.name, url: profile.url } : { name: tenantId },
    training: {
      trainingId,
      title: facts.training.title,
      type: facts.training.type as TrainingType,
    },
    learner: { email: facts.learner.email },
    status: { statusListCredential: statusListUrl(issuing.publicUrl, tenantId), statusListIndex },
  });
  return files.putIfAbsent(credentialFileKey(facts.certificateId), credential);
}
