import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventToAppend, RecordedEvent } from '../../src/event-store/event-store';
import { open, type SealedPersonalData } from '../../src/personal-data/personal-data-cipher';
import { learnerKeyId } from '../../src/personal-data/personal-data-keys';
import { sealPersonalData } from '../../src/personal-data/seal-personal-data';
import { sealUnderLearnerKeys } from '../../src/personal-data/seal-under-learner-keys';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { eventSchemas } from '../support/write-stack';
import { person, profileRecorded } from './support/protected-log';

const ERASED_AT = '2026-03-01T10:00:00.000Z';

const recorded = (event: EventToAppend): RecordedEvent =>
  ({ ...event, stream: 'learner', revision: 0n, position: 1n }) as RecordedEvent;

const sealedData = (event: Pick<EventToAppend, 'data'>) =>
  (event.data as { personalData: SealedPersonalData }).personalData;

describe('Sealing learner profiles under their keys, with a real key store', () => {
  let dir: string;
  let keys: SqlitePersonalDataKeys;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sealing-'));
    keys = new SqlitePersonalDataKeys(join(dir, 'keys.sqlite'));
  });
  afterEach(async () => {
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seals each profile of a batch under its learner’s key and passes the other events as they are', async () => {
    const [zoe, ana] = [person(), person()];
    const commandId = randomUUID();
    const other: EventToAppend = {
      ...profileRecorded(zoe),
      eventId: randomUUID(),
      type: 'EnrollmentRecorded',
      data: { learnerId: zoe.learnerId, commandId },
    };
    const batch = [other, profileRecorded(zoe), profileRecorded(ana)];

    const sealed = await sealPersonalData(keys, batch);

    expect(sealed[0]).toEqual(other);
    for (const [i, who] of [
      [1, zoe],
      [2, ana],
    ] as const) {
      expect(sealed[i]!.metadata.eventVersion).toBe(2);
      expect(open((await keys.keyFor(who))!, learnerKeyId(who), sealedData(sealed[i]!))).toEqual({
        name: who.name,
        email: who.email,
      });
    }
  });

  it('passes a batch without a profile untouched, creating no key', async () => {
    const zoe = person();
    const other = { ...profileRecorded(zoe), type: 'EnrollmentRecorded' };
    const batch = [other];
    expect(await sealPersonalData(keys, batch)).toBe(batch);
    expect(await keys.find([zoe])).toEqual(new Map());
  });

  it('migrates a profile stored in the clear: sealed under the learner’s key, checked against v2', async () => {
    const zoe = person();
    const { seal, counts } = sealUnderLearnerKeys(keys, eventSchemas());

    const { data, metadata } = await seal(recorded(profileRecorded(zoe)));

    expect(metadata.eventVersion).toBe(2);
    expect(open((await keys.keyFor(zoe))!, learnerKeyId(zoe), sealedData({ data }))).toEqual({
      name: zoe.name,
      email: zoe.email,
    });
    expect(counts).toEqual({ erased: 0 });
  });

  it('migrates an erased learner’s profile under a key nobody keeps, and counts it', async () => {
    const [zoe, ana] = [person(), person()];
    await keys.destroy(zoe, ERASED_AT);
    await keys.destroy(ana, ERASED_AT);
    const { seal, counts } = sealUnderLearnerKeys(keys, eventSchemas());

    const first = await seal(recorded(profileRecorded(zoe)));
    const second = await seal(recorded(profileRecorded(ana)));

    expect(counts).toEqual({ erased: 2 });
    expect(first.metadata.eventVersion).toBe(2);
    expect(JSON.stringify([first, second])).not.toContain(zoe.name);
    expect(await keys.keyFor(zoe)).toBeNull();
  });

  it('refuses to migrate what the v2 schemas do not accept', async () => {
    const zoe = person();
    const { seal } = sealUnderLearnerKeys(keys, eventSchemas());
    const event = recorded(profileRecorded(zoe));

    const { eventVersion: _v, ...withoutVersion } = event.metadata;
    await expect(
      seal({
        ...event,
        metadata: { ...withoutVersion, occurredAt: 'not a time' } as typeof event.metadata,
      }),
    ).rejects.toThrow();
    const other = { ...zoe, learnerId: 'not an id!' };
    await expect(seal(recorded(profileRecorded(other)))).rejects.toThrow();
  });
});
