import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { certificate } from '../../certificates/domain/certificate';
import { learnerProfile } from '../../learners/domain/learner-profile';

/** Whether the learner's personal data was erased: then their credentials are gone (404). */
export async function learnerErased(
  write: WriteModel,
  tenant: string,
  learnerId: string,
): Promise<boolean> {
  const profile = await write.state(streams.learner(tenant, learnerId), learnerProfile);
  return profile !== null && profile.erasedAt !== null;
}

/**
 * Whether the offered certificate is still the learner's current one, generated and unrevoked,
 * and the learner not erased.
 */
export async function certificateStillIssued(
  write: WriteModel,
  tenant: string,
  offer: {
    readonly trainingId: string;
    readonly learnerId: string;
    readonly certificateId: string;
  },
): Promise<boolean> {
  const current = await write.state(
    streams.certificate(tenant, offer.trainingId, offer.learnerId),
    certificate,
  );
  if (current?.status !== 'generated' || current.certificateId !== offer.certificateId)
    return false;
  return !(await learnerErased(write, tenant, offer.learnerId));
}
