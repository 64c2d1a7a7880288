import { randomBytes } from 'node:crypto';
import type { EventSchemas } from '../event-store/event-schemas';
import type { EventToAppend, RecordedEvent } from '../event-store/event-store';
import type { PersonalDataKeys } from './personal-data-keys';
import { learnerOf, sealEvent } from './sealed-events';

/**
 * How the one-off migration seals a profile stored in the clear: under its learner's key,
 * created if the learner has none yet. A learner erased before the migration has no key any
 * more, yet their name is still in the log: it is sealed under a random key that is never
 * stored, so the event ends as every erased learner's does (a v2 ciphertext nobody can open)
 * and the schemas still hold. The result is checked against the v2 schema before it is
 * written. `erased` counts those sealed under a thrown-away key.
 */
export function sealUnderLearnerKeys(keys: PersonalDataKeys, schemas: EventSchemas) {
  const counts = { erased: 0 };
  const seal = async (event: RecordedEvent): Promise<Pick<EventToAppend, 'data' | 'metadata'>> => {
    let key = await keys.keyFor(learnerOf(event));
    if (!key) {
      counts.erased++;
      key = randomBytes(32);
    }
    const { data, metadata } = sealEvent(key, event);
    schemas.validateMetadata(metadata);
    schemas.validate(event.type, metadata.eventVersion, data);
    return { data, metadata };
  };
  return { seal, counts };
}
