import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventToAppend, RecordedEvent } from '../../src/event-store/event-store';
import { OpenedEventLog } from '../../src/personal-data/opened-event-log';
import { learnerStream, person, profileRecorded, protectedLog } from './support/protected-log';

const ERASED_AT = '2026-03-01T10:00:00.000Z';

/** An event that is not a profile: the log passes it as it is. */
const other = (tenant: string): EventToAppend => ({
  ...profileRecorded(person(tenant)),
  type: 'TrainingCreated',
  data: { trainingId: `t-${randomUUID().slice(0, 8)}`, title: 'Fire safety' },
});

describe('The log as readers read it, over real files', () => {
  let dir: string;
  let log: ReturnType<typeof protectedLog>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'opened-log-'));
    log = protectedLog(dir);
  });
  afterEach(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const profilesIn = (events: readonly RecordedEvent[]) =>
    events.filter((e) => e.type === 'LearnerProfileRecorded').map((e) => e.data);

  it('refuses to read a v2 profile that is not sealed (written past the append path)', async () => {
    const zoe = person();
    await log.keys.keyFor(zoe);
    const tampered = profileRecorded(zoe, 2);
    // Straight into the store: no sealing, no schema check.
    await log.events.append(learnerStream(zoe), [tampered], 'no-stream');

    const message = `LearnerProfileRecorded ${tampered.eventId} is not sealed`;
    await expect(log.store.readStream(learnerStream(zoe))).rejects.toThrow(message);
    await expect(log.store.readAll({ limit: 10 })).rejects.toThrow(message);
    await expect(log.store.readTenantLog({ tenant: zoe.tenant, limit: 10 })).rejects.toThrow(
      message,
    );
    expect(log.unreadable).toEqual([]);
  });

  it('reads a v2 profile of a learner without a key, or with a destroyed one, as erased, sealed or not', async () => {
    const [keyless, erased] = [person(), person()];
    await log.keys.keyFor(erased);
    await log.keys.destroy(erased, ERASED_AT);
    for (const learner of [keyless, erased])
      await log.events.append(learnerStream(learner), [profileRecorded(learner, 2)], 'no-stream');

    expect(profilesIn(await log.store.readAll({ limit: 10 }))).toEqual([
      { learnerId: keyless.learnerId, name: null, email: null },
      { learnerId: erased.learnerId, name: null, email: null },
    ]);
    expect(log.unreadable).toEqual([]);
  });

  it('hands out each event of a subscription opened, one at a time', async () => {
    const zoe = person();
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.events.append('training-acme:t', [other(zoe.tenant)], 'no-stream');

    const stop = new AbortController();
    const events: RecordedEvent[] = [];
    for await (const event of log.store.subscribeAll({ signal: stop.signal })) {
      events.push(event);
      if (events.length === 2) stop.abort();
    }

    expect(events.map((e) => e.type)).toEqual(['LearnerProfileRecorded', 'TrainingCreated']);
    expect(profilesIn(events)).toEqual([
      { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
    ]);
    expect(await log.store.headPosition()).toBe(events[1]!.position);
  });

  it('reads the whole log ahead opened, page by page, where the inner log reads ahead', async () => {
    const [zoe, ana] = [person(), person()];
    for (const learner of [zoe, ana])
      await log.store.append(learnerStream(learner), [profileRecorded(learner)], 'no-stream');
    await log.events.append('training-acme:t', [other(zoe.tenant)], 'no-stream');
    const opened = new OpenedEventLog(log.events, log.keys);

    const pages: RecordedEvent[][] = [];
    for await (const page of opened.readAhead!({ limit: 2 })) pages.push(page);

    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat()).toEqual(await log.store.readAll({ limit: 10 }));
    expect(profilesIn(pages.flat())).toEqual([
      { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
      { learnerId: ana.learnerId, name: ana.name, email: ana.email },
    ]);
    const withoutReadAhead = { ...log.events, readAhead: undefined } as typeof log.events;
    expect(new OpenedEventLog(withoutReadAhead, log.keys).readAhead).toBeUndefined();
  });

  it('reads pages without a profile without asking the key store', async () => {
    const zoe = person();
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    const stream = 'training-acme:t';
    await log.events.append(stream, [other('acme'), other('acme')], 'no-stream');
    // A closed key store answers nothing: only a page with a profile would need it.
    await log.keys.close();

    const read = await log.store.readStream(stream);

    expect(read).toEqual(await log.events.readStream(stream));
    await expect(log.store.readAll({ limit: 10 })).rejects.toThrow();
  });

  it('reads a profile that does not open as erased without being told where to report it', async () => {
    const [zoe, ana] = [person(), person()];
    await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
    await log.keys.keyFor(ana);
    const [stolen] = await log.events.readStream(learnerStream(zoe));
    await log.events.append(
      learnerStream(ana),
      [{ ...profileRecorded(ana, 2), data: { ...stolen!.data, learnerId: ana.learnerId } }],
      'no-stream',
    );
    const quiet = new OpenedEventLog(log.events, log.keys);

    expect(profilesIn(await quiet.readAll({ limit: 10 }))).toEqual([
      { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
      { learnerId: ana.learnerId, name: null, email: null },
    ]);
  });
});
