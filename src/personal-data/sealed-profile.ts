import type { EventToAppend } from '../event-store/event-store';
import { type PersonalData, seal, type SealedPersonalData } from './personal-data-cipher';
import { type LearnerRef, learnerKeyId } from './personal-data-keys';

/** The stored form of a profile since personal data is encrypted (`LearnerProfileRecorded/v2`). */
export const SEALED_PROFILE_VERSION = 2;

export interface SealedProfile {
  readonly learnerId: string;
  readonly personalData: SealedPersonalData;
}

export const isSealed = (data: object): data is SealedProfile => 'personalData' in data;

export const isProfile = (event: { type: string }): boolean =>
  event.type === 'LearnerProfileRecorded';

export const learnerOf = (event: EventToAppend): LearnerRef => ({
  tenant: event.metadata.tenant,
  learnerId: (event.data as { learnerId: string }).learnerId,
});

/** A profile in the clear (v1 data) as the log stores it: sealed under `key`, bound to its learner. */
export function sealProfile<E extends EventToAppend>(key: Buffer, event: E): E {
  const learner = learnerOf(event);
  const { name, email } = event.data as PersonalData;
  const data: SealedProfile = {
    learnerId: learner.learnerId,
    personalData: seal(key, learnerKeyId(learner), { name, email }),
  };
  return { ...event, data, metadata: { ...event.metadata, eventVersion: SEALED_PROFILE_VERSION } };
}
