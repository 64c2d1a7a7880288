import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type {
  EventToAppend,
  ExpectedRevision,
  RecordedEvent,
} from '../../../src/event-store/event-store';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { OpenedEventLog } from '../../../src/personal-data/opened-event-log';
import { SqlitePersonalDataKeys } from '../../../src/personal-data/sqlite-personal-data-keys';
import { eventSchemas, writeStack } from '../../support/write-stack';

/**
 * The service's log over real files in `dir`, as DATA_DIR holds them, with the keys in their
 * own file: `store` appends through the service's append path (profiles sealed, contracts
 * checked) and reads the log opened (`OpenedEventLog`); `checked` appends what a version before
 * encryption appended (contracts checked, nothing sealed).
 */
export function protectedLog(dir: string) {
  const file = join(dir, 'events.sqlite');
  const events = new SqliteEventStore(file, 20);
  const keys = new SqlitePersonalDataKeys(join(dir, 'personal-data-keys.sqlite'));
  const unreadable: RecordedEvent[] = [];
  const opened = new OpenedEventLog(events, keys, (event) => unreadable.push(event));
  const { append } = writeStack(events, { now: () => new Date() }, { log: opened, keys });
  const store = {
    append,
    readStream: opened.readStream.bind(opened),
    readAll: opened.readAll.bind(opened),
    readTenantLog: opened.readTenantLog.bind(opened),
    subscribeAll: opened.subscribeAll.bind(opened),
    subscribeAllPages: opened.subscribeAllPages.bind(opened),
    headPosition: opened.headPosition.bind(opened),
  };
  const checked = {
    async append(stream: string, toAppend: readonly EventToAppend[], expected: ExpectedRevision) {
      for (const event of toAppend) {
        eventSchemas().validateMetadata(event.metadata);
        eventSchemas().validate(event.type, event.metadata.eventVersion, event.data);
      }
      return events.append(stream, toAppend, expected);
    },
  };
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
