import { DomainError } from '../core/domain-error';
import type { EventToAppend } from '../event-store/event-store';
import type { PersonalDataKeys } from './personal-data-keys';
import { isProfile, learnerOf, sealProfile } from './sealed-profile';

/**
 * The events as the log stores them: each learner profile sealed under its learner's key
 * (created on the learner's first profile, and durable before the event is appended); other
 * events untouched. A learner whose key was destroyed cannot be given a profile again.
 */
export async function sealProfiles(
  keys: Pick<PersonalDataKeys, 'keyFor'>,
  events: readonly EventToAppend[],
): Promise<readonly EventToAppend[]> {
  if (!events.some(isProfile)) return events;
  const sealed: EventToAppend[] = [];
  for (const event of events) {
    if (!isProfile(event)) {
      sealed.push(event);
      continue;
    }
    const learner = learnerOf(event);
    const key = await keys.keyFor(learner);
    if (!key)
      throw new DomainError(
        'learner-erased',
        `Learner ${learner.learnerId}'s personal data was erased`,
      );
    sealed.push(sealProfile(key, event));
  }
  return sealed;
}
