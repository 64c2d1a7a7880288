import { randomBytes } from 'node:crypto';
import { DomainError } from '../core/domain-error';
import type { EventToAppend } from '../event-store/event-store';
import type { PersonalDataKeys } from './personal-data-keys';
import { holdsPersonalData, isProfile, learnerOf, sealEvent } from './sealed-events';

/**
 * The events as the log stores them: each one holding personal data (profiles, free-text
 * reasons) sealed under its learner's key, created on first use and durable before the event is
 * appended; other events untouched, but for the request's hash when their command also wrote
 * personal data (it is kept sealed, with the personal event).
 *
 * A learner whose key was destroyed cannot be given a profile again. A reason about such a
 * learner (a revocation after the erasure) is sealed under a key that is never stored: it is
 * erased as it is written, as everything else about that learner.
 */
export async function sealPersonalData(
  keys: Pick<PersonalDataKeys, 'keyFor'>,
  events: readonly EventToAppend[],
): Promise<readonly EventToAppend[]> {
  if (!events.some(holdsPersonalData)) return events;
  const sealed: EventToAppend[] = [];
  for (const event of events) {
    if (!holdsPersonalData(event)) {
      const { requestHash: _sealedWithTheOther, ...metadata } = event.metadata;
      sealed.push({ ...event, metadata });
      continue;
    }
    const learner = learnerOf(event);
    const key = await keys.keyFor(learner);
    if (!key && isProfile(event))
      throw new DomainError(
        'learner-erased',
        `Learner ${learner.learnerId}'s personal data was erased`,
      );
    sealed.push(sealEvent(key ?? randomBytes(32), event));
  }
  return sealed;
}
