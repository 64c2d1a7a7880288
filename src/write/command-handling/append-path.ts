import type { EventSchemas } from '../../event-store/event-schemas';
import type { Append, EventLog, EventStore, EventToAppend } from '../../event-store/event-store';
import type { PersonalDataKeys } from '../../personal-data/personal-data-keys';
import { sealPersonalData } from '../../personal-data/seal-personal-data';
import { CutoffRecorder } from '../cutoffs/application/cutoff-recorder';

export interface AppendPath {
  /** What every command's events go through on their way into the log. */
  readonly append: Append;
  /** The daily cut-off markers, which `append` records first when due. */
  readonly cutoffs: CutoffRecorder;
}

/**
 * The one way into the log, in the order it happens:
 * 1. the daily cut-off markers due by the newest event's time are appended first, so every
 *    event recorded at or after a midnight lands after that midnight's marker;
 * 2. personal data (profiles, free-text reasons, and the hash of the request that carried them)
 *    is sealed under its learner's key (the key durable before the event);
 * 3. every event, as it will be stored, is checked against its contract in `event-schemas/`
 *    (a batch is refused whole, before anything is written);
 * 4. the store appends conditionally on the revision the command read, idempotently by event id.
 * The markers themselves take steps 2–4. Reads open what step 2 sealed (`OpenedEventLog`).
 */
export function appendPath(parts: {
  readonly store: Pick<EventStore, 'append'>;
  readonly log: Pick<EventLog, 'readStream' | 'readAll'>;
  readonly schemas: EventSchemas;
  readonly keys: Pick<PersonalDataKeys, 'keyFor'>;
}): AppendPath {
  const { store, log, schemas, keys } = parts;
  const checkedAppend: Append = async (stream, events, expected) => {
    const stored = await sealPersonalData(keys, events);
    for (const event of stored) {
      // Metadata first: it carries the eventVersion that picks the data schema.
      schemas.validateMetadata(event.metadata);
      schemas.validate(event.type, event.metadata.eventVersion, event.data);
    }
    return store.append(stream, stored, expected);
  };
  const cutoffs = new CutoffRecorder(log, checkedAppend);
  const append: Append = async (stream, events, expected) => {
    await cutoffs.recordDue(newestOf(events));
    return checkedAppend(stream, events, expected);
  };
  return { append, cutoffs };
}

const newestOf = (events: readonly EventToAppend[]): Date =>
  new Date(Math.max(...events.map((event) => Date.parse(event.metadata.occurredAt))));
