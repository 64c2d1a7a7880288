import type { PersonalDataKeys } from '../personal-data/personal-data-keys';
import { PersonalDataProtectingEventStore } from '../personal-data/personal-data-protecting-event-store';
import type { EventStore } from './event-store';
import { EventSchemas } from './event-schemas';
import { SchemaValidatingEventStore } from './schema-validating-event-store';

/**
 * The event store the service and its commands read and write through: the adapter, behind
 * schema validation, behind the encryption of personal data (so schemas check what is stored).
 * A rebuild must read through it too, or its read models would hold sealed profiles.
 */
export function serviceEventStore(
  adapter: EventStore,
  keys: PersonalDataKeys,
  warn: (details: Record<string, string>, message: string) => void,
): EventStore {
  return new PersonalDataProtectingEventStore(
    new SchemaValidatingEventStore(adapter, EventSchemas.load()),
    keys,
    ({ eventId, stream, position }) =>
      warn(
        { eventId, stream, position: String(position) },
        "a sealed learner profile does not open under its learner's key: read as erased",
      ),
  );
}
