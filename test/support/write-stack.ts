import type { Clock } from '../../src/core/clock';
import { EventSchemas } from '../../src/event-store/event-schemas';
import type { EventLog, EventStore } from '../../src/event-store/event-store';
import type { PersonalDataKeys } from '../../src/personal-data/personal-data-keys';
import { appendPath } from '../../src/write/command-handling/append-path';
import { WriteModel } from '../../src/write/command-handling/write-model';

/** Compiled on first use: a spec whose tests are all filtered out (as in mutation runs) never pays for it. */
let schemas: EventSchemas | undefined;
export const eventSchemas = (): EventSchemas => (schemas ??= EventSchemas.load());

/** No learner keys: for specs whose commands record no learner profile. */
const noKeys: Pick<PersonalDataKeys, 'keyFor'> = {
  keyFor: () => Promise.reject(new Error('this spec records no learner profiles')),
};

/**
 * The service's write side over a real store, composed as the service composes it: commands
 * read `log` (by default the store itself) and append through the one append path.
 */
export function writeStack(
  store: EventStore,
  clock: Clock,
  { log = store, keys = noKeys }: { log?: EventLog; keys?: Pick<PersonalDataKeys, 'keyFor'> } = {},
) {
  const path = appendPath({ store, log, keys, schemas: eventSchemas() });
  return { ...path, log, write: new WriteModel(log, path.append, clock) };
}
