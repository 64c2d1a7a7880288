import { EventSchemas } from '../src/event-store/event-schemas';
import type { Append } from '../src/event-store/event-store';
import type { PersonalDataKeys } from '../src/personal-data/personal-data-keys';
import { sealPersonalData } from '../src/personal-data/seal-personal-data';

/** Something a history is appended through. */
export type Appender = { readonly append: Append };

let schemas: EventSchemas | undefined;

/**
 * The append path's steps a bench history goes through, without the cut-off step (a history
 * appends its own markers, at its own midnights): profiles sealed when `keys` are given, then
 * every event checked against its schema.
 */
export function checkedAppender(
  store: Appender,
  keys?: Pick<PersonalDataKeys, 'keyFor'>,
): Appender {
  schemas ??= EventSchemas.load();
  const contracts = schemas;
  return {
    async append(stream, events, expected) {
      const stored = keys ? await sealPersonalData(keys, events) : events;
      for (const event of stored) {
        contracts.validateMetadata(event.metadata);
        contracts.validate(event.type, event.metadata.eventVersion, event.data);
      }
      return store.append(stream, stored, expected);
    },
  };
}

/** Profiles sealed, nothing checked: what a history appends after its first, checked, events. */
export function sealingAppender(store: Appender, keys: Pick<PersonalDataKeys, 'keyFor'>): Appender {
  return {
    append: async (stream, events, expected) =>
      store.append(stream, await sealPersonalData(keys, events), expected),
  };
}
