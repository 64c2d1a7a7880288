import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../src/core/domain-error';
import { InvalidEventError } from '../../src/event-store/event-schemas';
import type { EventMetadata } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { sampleEvent, uniqueStream } from '../support/sample-events';
import { writeStack } from '../support/write-stack';
import { person, profileRecorded, learnerStream } from '../personal-data/support/protected-log';

describe('The append path: cut-offs first, profiles sealed, contracts checked, then the store', () => {
  let store: SqliteEventStore;
  let keys: SqlitePersonalDataKeys;
  let now: Date;
  let path: ReturnType<typeof writeStack>;

  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'append-path-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'), 10);
    keys = new SqlitePersonalDataKeys(join(dir, 'keys.sqlite'));
    now = new Date();
    path = writeStack(store, { now: () => now }, { keys });
  });
  afterEach(async () => {
    await store.close();
    await keys.close();
  });

  it('writes nothing when one event of the batch breaks its contract', async () => {
    const valid = sampleEvent();
    const invalid = sampleEvent('LearningProgressRecorded', { trainingId: 'c1', percent: 10 });

    const appending = path.append(uniqueStream(), [valid, invalid], 'no-stream');

    await expect(appending).rejects.toThrow(InvalidEventError);
    expect(await store.headPosition()).toBeNull();
  });

  it('writes nothing when the metadata breaks its contract', async () => {
    const event = sampleEvent();
    const { actor: _actor, ...withoutActor } = event.metadata;
    const invalid = { ...event, metadata: withoutActor as EventMetadata };

    await expect(path.append(uniqueStream(), [invalid], 'no-stream')).rejects.toThrow(
      InvalidEventError,
    );
    expect(await store.headPosition()).toBeNull();
  });

  it('appends valid events with the revision the caller read', async () => {
    const stream = uniqueStream();

    const result = await path.append(stream, [sampleEvent()], 'no-stream');

    expect(result.revision).toBe(0n);
    expect(await store.headPosition()).toBe(result.position);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('stores a profile sealed (v2, no name or e-mail), checked in the form it is stored', async () => {
    const zoe = person();

    await path.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');

    const [stored] = await store.readStream(learnerStream(zoe));
    expect(stored!.metadata.eventVersion).toBe(2);
    expect(JSON.stringify(stored!.data)).not.toContain(zoe.name);
    expect(JSON.stringify(stored!.data)).not.toContain(zoe.email);
  });

  it('refuses a profile for an erased learner, and writes nothing', async () => {
    const zoe = person();
    await keys.destroy({ tenant: zoe.tenant, learnerId: zoe.learnerId }, now.toISOString());

    const appending = path.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');

    await expect(appending).rejects.toThrow(DomainError);
    expect(await store.headPosition()).toBeNull();
  });

  it('appends the markers due by the newest event before it, through the same checks', async () => {
    const first = sampleEvent();
    const day1 = {
      ...first,
      metadata: { ...first.metadata, occurredAt: '2026-03-01T09:00:00.000Z' },
    };
    await path.append(uniqueStream(), [day1], 'no-stream');
    const next = sampleEvent();
    const day3 = {
      ...next,
      metadata: { ...next.metadata, occurredAt: '2026-03-03T08:00:00.000Z' },
    };

    await path.append(uniqueStream(), [day3], 'no-stream');

    const log = await store.readAll({ limit: 10 });
    expect(log.map((event) => event.type)).toEqual([
      'LearningProgressRecorded',
      'DailyCutoffPassed',
      'DailyCutoffPassed',
      'LearningProgressRecorded',
    ]);
    expect(log.slice(1, 3).map((event) => event.data)).toEqual([
      { cutoff: '2026-03-02T00:00:00.000Z', day: '2026-03-02' },
      { cutoff: '2026-03-03T00:00:00.000Z', day: '2026-03-03' },
    ]);
  });
});
