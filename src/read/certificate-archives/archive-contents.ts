import { isExpired } from '../../core/certificate-validity';
import type { Doc } from '../../read-store/read-store';
import type { ReadModels } from '../read-models';
import {
  factKey,
  PUBLIC_CERTIFICATES,
  PUBLIC_FACTS,
  type PublicCertificateDoc,
  publicCertificatesProjection,
} from '../public-certificates/public-certificates.projection';
import {
  CERTIFICATE_ARCHIVES,
  type CertificateArchiveDoc,
  certificateArchivesProjection,
} from './certificate-archives.projection';

/** One certificate an archive holds, with what its manifest row and file names need. */
export interface ArchiveEntry {
  readonly certificateId: string;
  readonly number: string | null;
  readonly learnerId: string;
  readonly learnerName: string | null;
  readonly status: 'valid' | 'revoked' | 'expired';
  readonly validUntil: string | null;
  readonly pdf: { readonly sha256: string; readonly size: number };
  readonly hasCredential: boolean;
}

/**
 * The moment an archive shows: the cut-off of its `asOf` day, else its request. Everything an
 * archive holds is decided from the log's times against it, so it never depends on when the
 * archive happened to be built.
 */
export const archiveMoment = (archive: { asOf: string | null; requestedAt: string }): string =>
  archive.asOf === null ? archive.requestedAt : `${archive.asOf}T00:00:00.000Z`;

/** Generated before the moment and not deleted by then: the archive holds it. */
export function heldAt(doc: PublicCertificateDoc, moment: string): boolean {
  if (doc.file === null || doc.generatedAt === null || doc.generatedAt >= moment) return false;
  return doc.deletedAt === null || doc.deletedAt >= moment;
}

/** Its status at the moment: revoked before it, expired by it, else valid. */
export function statusAt(doc: PublicCertificateDoc, moment: string): ArchiveEntry['status'] {
  if (doc.revokedAt !== null && doc.revokedAt < moment) return 'revoked';
  return isExpired(doc.validUntil, new Date(moment)) ? 'expired' : 'valid';
}

const PAGE = 200;

interface LearnerFact extends Doc {
  readonly name?: string | null;
  readonly erasedAt?: string;
}

/**
 * The certificates an archive of the training as of `moment` holds, a page at a time (never all
 * in memory), by certificate id; an erased learner's are left out (their files are gone).
 */
export async function* archiveEntries(
  reads: ReadModels,
  tenant: string,
  trainingId: string,
  moment: string,
): AsyncIterable<ArchiveEntry[]> {
  const name = publicCertificatesProjection.name;
  let after: string | undefined;
  for (;;) {
    const docs = await reads.find<PublicCertificateDoc>(name, PUBLIC_CERTIFICATES, {
      where: { tenant, trainingId },
      orderBy: '_id',
      ...(after !== undefined && { after }),
      limit: PAGE,
    });
    if (docs.length === 0) return;
    after = docs.at(-1)!._id;
    const held = docs.filter((doc) => heldAt(doc, moment));
    const learnerKeys = [...new Set(held.map((doc) => factKey('learner', tenant, doc.learnerId)))];
    const learners = new Map(
      (await reads.getMany<LearnerFact>(name, PUBLIC_FACTS, learnerKeys)).map((f) => [f._id, f]),
    );
    const page: ArchiveEntry[] = [];
    for (const doc of held) {
      const learner = learners.get(factKey('learner', tenant, doc.learnerId));
      if (learner?.erasedAt) continue;
      page.push({
        ...{ certificateId: doc.certificateId, number: doc.number ?? null },
        ...{ learnerId: doc.learnerId, learnerName: learner?.name ?? null },
        ...{ status: statusAt(doc, moment), validUntil: doc.validUntil },
        pdf: doc.file!,
        hasCredential: doc.credentialFileId !== null,
      });
    }
    if (page.length > 0) yield page;
    if (docs.length < PAGE) return;
  }
}

/** The done archives that hold one of the learner's certificates (an erasure deletes them). */
export async function archivesHolding(
  reads: ReadModels,
  tenant: string,
  learnerId: string,
): Promise<CertificateArchiveDoc[]> {
  const certificates = await reads.find<PublicCertificateDoc>(
    publicCertificatesProjection.name,
    PUBLIC_CERTIFICATES,
    { where: { tenant, learnerId } },
  );
  const holding: CertificateArchiveDoc[] = [];
  for (const trainingId of new Set(certificates.map((doc) => doc.trainingId))) {
    const archives = await reads.find<CertificateArchiveDoc>(
      certificateArchivesProjection.name,
      CERTIFICATE_ARCHIVES,
      { where: { tenant, trainingId, status: 'done' } },
    );
    const own = certificates.filter((doc) => doc.trainingId === trainingId);
    holding.push(
      ...archives.filter((archive) => own.some((doc) => heldAt(doc, archiveMoment(archive)))),
    );
  }
  return holding;
}
