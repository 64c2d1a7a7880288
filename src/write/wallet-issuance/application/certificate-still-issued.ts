import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { certificate } from '../../certificates/domain/certificate';

/** Whether the offered certificate is still the learner's current one, generated and unrevoked. */
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
  return current?.status === 'generated' && current.certificateId === offer.certificateId;
}
