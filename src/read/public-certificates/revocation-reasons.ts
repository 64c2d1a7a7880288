import type { ReadModels } from '../read-models';
import {
  PUBLIC_FACTS,
  publicCertificatesProjection,
  reasonsOf,
  type RevocationReasonsDoc,
} from './public-certificates.projection';

/** The revocation reasons of these learners' certificates, by certificate id; erased ones have none. */
export async function revocationReasons(
  reads: ReadModels,
  tenant: string,
  learnerIds: readonly string[],
): Promise<ReadonlyMap<string, string>> {
  if (learnerIds.length === 0) return new Map();
  const ids = [...new Set(learnerIds)].map((learnerId) => reasonsOf(tenant, learnerId));
  const docs = await reads.getMany<RevocationReasonsDoc>(
    publicCertificatesProjection.name,
    PUBLIC_FACTS,
    ids,
  );
  return new Map(docs.flatMap((doc) => Object.entries(doc.reasons)));
}
