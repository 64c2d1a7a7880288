import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EventSchemas } from '../../../src/event-store/event-schemas';
import type { EventToAppend, RecordedEvent } from '../../../src/event-store/event-store';
import { SchemaValidatingEventStore } from '../../../src/event-store/schema-validating-event-store';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { PersonalDataProtectingEventStore } from '../../../src/personal-data/personal-data-protecting-event-store';
import { SqlitePersonalDataKeys } from '../../../src/personal-data/sqlite-personal-data-keys';

/**
 * The service's event store stack over real files in `dir`, as DATA_DIR holds them: the SQLite
 * log behind schema validation (`checked`, what a version before encryption appended through),
 * behind the encryption of personal data (`store`), with the keys in their own file.
 */
export function protectedLog(dir: string) {
  const file = join(dir, 'events.sqlite');
  const events = new SqliteEventStore(file, 20);
  const checked = new SchemaValidatingEventStore(events, EventSchemas.load());
  const keys = new SqlitePersonalDataKeys(join(dir, 'personal-data-keys.sqlite'));
  const unreadable: RecordedEvent[] = [];
  const store = new PersonalDataProtectingEventStore(checked, keys, (event) =>
    unreadable.push(event),
  );
  return {
    file,
    events,
    checked,
    keys,
    store,
    unreadable,
    async close() {
      await events.close();
      await keys.close();
    },
  };
}

export interface Person {
  readonly tenant: string;
  readonly learnerId: string;
  readonly name: string;
  readonly email: string;
}

export const learnerStream = ({ tenant, learnerId }: Person): string =>
  `learner-${tenant}:${learnerId}`;

/** A person's LearnerProfileRecorded as the write side appends it (v1 metadata, plain data). */
export function profileRecorded(person: Person, eventVersion = 1): EventToAppend {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type: 'LearnerProfileRecorded',
    data: { learnerId: person.learnerId, name: person.name, email: person.email },
    metadata: {
      tenant: person.tenant,
      actor: { id: 'lms-sync', roles: ['integration'] },
      occurredAt: new Date().toISOString(),
      command: 'RecordLearnerProfile',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      eventVersion,
    },
  };
}

/** A person with a unique name and e-mail, so a scan for them finds nothing by chance. */
export function person(tenant = 'acme'): Person {
  const tag = randomUUID().slice(0, 8);
  return {
    tenant,
    learnerId: `lrn-${tag}`,
    name: `Zoë Ångström-Núñez ${tag}`,
    email: `zoe.${tag}@acme.example`,
  };
}
