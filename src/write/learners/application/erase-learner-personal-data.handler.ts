import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import { refuse } from '../../../core/domain-error';
import type { PersonalDataKeys } from '../../../personal-data/personal-data-keys';
import type { WriteModel } from '../../command-handling/write-model';
import { learnerProfile } from '../domain/learner-profile';

/**
 * Erasure: the learner's key is destroyed first, so from that moment no reader of the log can
 * get their name or e-mail back, and no new key can be made for them; then the event tells
 * every read model and the erasure reactor to remove what was derived. A crash in between is
 * mended by sending the request again: erasing twice is a no-op.
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
  return write.execute(stream, learnerProfile, context, async (now) => {
    await keys.destroy({ tenant: context.tenant, learnerId }, now.toISOString());
    return {
      type: 'EraseLearnerPersonalData' as const,
      ...{ learnerId, by: context.actor.id, at: now, reason },
    };
  });
}
