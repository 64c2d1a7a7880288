import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DomainError } from '../../src/core/domain-error';
import type { EventLog, RecordedEvent } from '../../src/event-store/event-store';
import { filesHolding } from '../support/files-holding';
import {
  learnerStream,
  type Person,
  person,
  profileRecorded,
  protectedLog,
} from './support/protected-log';

const ERASED_AT = '2026-03-01T10:00:00.000Z';

describe('Learner profiles sealed by the append path and opened by the log, over SQLite', () => {
  let dir: string;
  let log: ReturnType<typeof protectedLog>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'protected-log-'));
    log = protectedLog(dir);
  });
  afterEach(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storedRows = () => {
    const db = new DatabaseSync(log.file, { readOnly: true });
    try {
      return db
        .prepare("SELECT data, metadata FROM events WHERE type = 'LearnerProfileRecorded'")
        .all()
        .map((row) => ({
          data: JSON.parse(row.data as string) as Record<string, unknown>,
          metadata: JSON.parse(row.metadata as string) as { eventVersion: number },
        }));
    } finally {
      db.close();
    }
  };

  /** What every read of the port answers for the learners' profiles, oldest first. */
  async function profilesByEveryRead(store: EventLog, people: readonly Person[]) {
    const profiles = (events: readonly RecordedEvent[]) =>
      events.filter((e) => e.type === 'LearnerProfileRecorded').map((e) => e.data);
    const streams = await Promise.all(people.map((p) => store.readStream(learnerStream(p))));
    const all = await store.readAll({ limit: 100 });
    const tenant = await store.readTenantLog({ tenant: people[0]!.tenant, limit: 100 });
    const stop = new AbortController();
    const subscribed: RecordedEvent[] = [];
    for await (const page of store.subscribeAllPages({ signal: stop.signal })) {
      subscribed.push(...page);
      if (subscribed.length >= all.length) stop.abort();
    }
    return {
      streams: profiles(streams.flat()),
      all: profiles(all),
      tenant: profiles(tenant),
      subscribed: profiles(subscribed),
    };
  }

  const sameByEveryRead = (expected: unknown[]) => ({
    streams: expected,
    all: expected,
    tenant: expected,
    subscribed: expected,
  });

  it('stores a profile sealed (v2): no name or e-mail in the row or in any file of the log', async () => {
    const zoe = person();

    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');

    const [row] = storedRows();
    expect(row!.metadata.eventVersion).toBe(2);
    expect(Object.keys(row!.data).sort()).toEqual(['learnerId', 'personalData']);
    expect(filesHolding(dir, zoe.name)).toEqual([]);
    expect(filesHolding(dir, zoe.email)).toEqual([]);
    // The scan can fail: the learner id is stored in the clear, so it is found.
    expect(filesHolding(dir, zoe.learnerId)).not.toEqual([]);
  });

  it('reads the name and e-mail back through every read while the key exists', async () => {
    const [zoe, ana] = [person(), person()];
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.store.append(learnerStream(ana), [profileRecorded(ana)], 'no-stream');
    const renamed = { ...zoe, name: `${zoe.name} Jr`, email: `jr.${zoe.email}` };
    await log.store.append(learnerStream(zoe), [profileRecorded(renamed)], 0n);

    const read = await profilesByEveryRead(log.store, [zoe, ana]);

    const plain = ({ learnerId, name, email }: Person) => ({ learnerId, name, email });
    expect(read).toEqual({
      ...sameByEveryRead([plain(zoe), plain(ana), plain(renamed)]),
      streams: [plain(zoe), plain(renamed), plain(ana)],
    });
    expect(log.unreadable).toEqual([]);
  });

  it('reads name and e-mail null once the key is destroyed, leaving other learners readable', async () => {
    const [zoe, ana] = [person(), person()];
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.store.append(learnerStream(ana), [profileRecorded(ana)], 'no-stream');

    await log.keys.destroy(zoe, ERASED_AT);

    expect(await profilesByEveryRead(log.store, [zoe, ana])).toEqual(
      sameByEveryRead([
        { learnerId: zoe.learnerId, name: null, email: null },
        { learnerId: ana.learnerId, name: ana.name, email: ana.email },
      ]),
    );
    expect(log.unreadable).toEqual([]);
  });

  it('refuses a profile for an erased learner and stores nothing', async () => {
    const zoe = person();
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.keys.destroy(zoe, ERASED_AT);

    const refused = log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 0n);

    await expect(refused).rejects.toThrow(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'learner-erased' });
    expect(await log.events.readStream(learnerStream(zoe))).toHaveLength(1);
  });

  it("reads a sealed value copied into another learner's event as erased, and reports that event", async () => {
    const [zoe, ana] = [person(), person()];
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.keys.keyFor(ana);
    const [stolen] = storedRows();
    const copy = {
      ...profileRecorded(ana, 2),
      data: { learnerId: ana.learnerId, personalData: stolen!.data.personalData },
    };
    // Past the decorator, as someone writing to the log directly would.
    await log.checked.append(learnerStream(ana), [copy], 'no-stream');

    const read = await profilesByEveryRead(log.store, [zoe, ana]);

    expect(read).toEqual(
      sameByEveryRead([
        { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
        { learnerId: ana.learnerId, name: null, email: null },
      ]),
    );
    expect(new Set(log.unreadable.map((event) => event.eventId))).toEqual(new Set([copy.eventId]));
  });

  it('reads profiles stored in the clear before encryption (v1) as they are, and as erased after erasure', async () => {
    const [zoe, ana] = [person(), person()];
    // As a version before encryption appended them: no decorator, eventVersion 1.
    await log.checked.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.checked.append(learnerStream(ana), [profileRecorded(ana)], 'no-stream');
    expect(storedRows().map((row) => row.metadata.eventVersion)).toEqual([1, 1]);

    expect(await profilesByEveryRead(log.store, [zoe, ana])).toEqual(
      sameByEveryRead([
        { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
        { learnerId: ana.learnerId, name: ana.name, email: ana.email },
      ]),
    );

    await log.keys.destroy(zoe, ERASED_AT);

    expect(await profilesByEveryRead(log.store, [zoe, ana])).toEqual(
      sameByEveryRead([
        { learnerId: zoe.learnerId, name: null, email: null },
        { learnerId: ana.learnerId, name: ana.name, email: ana.email },
      ]),
    );
  });
});
