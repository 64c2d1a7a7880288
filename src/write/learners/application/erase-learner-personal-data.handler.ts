import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import { refuse } from '../../../core/domain-error';
import type { PersonalDataKeys } from '../../../personal-data/personal-data-keys';
import type { WriteModel } from '../../command-handling/write-model';
import { learnerProfile } from '../domain/learner-profile';

/**
 * Erasure: the event is appended first, its reason sealed under the learner's key like the rest
 * of their personal data; then the key is destroyed, so from that moment no reader of the log
 * can get their name, e-mail or any reason about them back, and no new key can be made for
 * them. The event tells every read model and the erasure reactor to remove what was derived. A
 * crash in between leaves the event without the destruction: the erasure reactor destroys the
 * key when it handles the event (at the next start at the latest), and sending the request
 * again destroys it too (erasing twice appends nothing).
 */
export async function eraseLearnerPersonalData(
  write: WriteModel,
  keys: PersonalDataKeys,
  context: CommandContext,
  learnerId: string,
  reason: string | null,
) {
  const stream = streams.learner(context.tenant, learnerId);
  const state = await write.state(stream, learnerProfile);
  if (state === null) return refuse('not-found', `No personal data held for learner ${learnerId}`);
  const outcome = await write.execute(stream, learnerProfile, context, (now) => ({
    type: 'EraseLearnerPersonalData' as const,
    ...{ learnerId, by: context.actor.id, at: now, reason },
  }));
  const erasedAt = outcome.state.erasedAt;
  if (erasedAt !== null) await keys.destroy({ tenant: context.tenant, learnerId }, erasedAt);
  return outcome;
}
