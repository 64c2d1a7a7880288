import type { EventStore } from '../event-store/event-store';
import type { JournalledErasure } from './erasure-journal';
import { learnerKeyId, type PersonalDataKeys } from './personal-data-keys';

const PAGE = 1000;

/** Every erasure the log records (ids and times: the erasure event keeps those in the clear). */
export async function erasuresInLog(
  store: Pick<EventStore, 'readAllOfType'>,
): Promise<JournalledErasure[]> {
  const erasures: JournalledErasure[] = [];
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAllOfType('LearnerPersonalDataErased', { after, limit: PAGE });
    for (const event of page) {
      const data = event.data as { learnerId: string; erasedAt: string };
      erasures.push({ tenant: event.metadata.tenant, ...pick(data) });
    }
    if (page.length < PAGE) return erasures;
    after = page.at(-1)!.position;
  }
}

const pick = ({ learnerId, erasedAt }: { learnerId: string; erasedAt: string }) => ({
  learnerId,
  erasedAt,
});

/**
 * A learner erased in the log has no key in the key store: destroys every key the store still
 * holds for one (a key store restored from an older backup, a log with a newer erasure).
 * Answers how many it destroyed.
 */
export async function destroyKeysOfErased(
  erasures: readonly JournalledErasure[],
  keys: Pick<PersonalDataKeys, 'find' | 'destroy'>,
): Promise<number> {
  const learners = [...new Map(erasures.map((e) => [learnerKeyId(e), e])).values()];
  let destroyed = 0;
  for (let start = 0; start < learners.length; start += PAGE) {
    const batch = learners.slice(start, start + PAGE);
    const found = await keys.find(batch);
    for (const erasure of batch)
      if (found.get(learnerKeyId(erasure))?.state === 'active') {
        await keys.destroy(erasure, erasure.erasedAt);
        destroyed++;
      }
  }
  return destroyed;
}
