import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/core/clock';
import { PLATFORM_TENANT } from '../../src/core/stream-names';
import { type EventStore, WrongExpectedRevisionError } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { CutoffRecorder } from '../../src/write/cutoffs/application/cutoff-recorder';
import { sampleEvent, uniqueStream } from '../support/sample-events';
import { writeStack } from '../support/write-stack';

/** One service instance: its own connection to the shared log file and its own recorder. */
function instance(file: string, clock: Clock) {
  const raw = new SqliteEventStore(file, 10);
  const { append, cutoffs: recorder } = writeStack(raw, clock);
  return { raw, recorder, store: { append } };
}

const at = (iso: string) => {
  const event = sampleEvent();
  return { ...event, metadata: { ...event.metadata, occurredAt: iso } };
};

async function markers(store: EventStore) {
  const events = await store.readAll({ limit: 10_000 });
  return events.filter((e) => e.type === 'DailyCutoffPassed').map((e) => e.data.day);
}

describe('Daily cut-off markers in the log', () => {
  let file: string;
  let now: Date;
  const clock: Clock = { now: () => now };
  beforeEach(() => {
    file = join(mkdtempSync(join(tmpdir(), 'cutoffs-')), 'events.sqlite');
    now = new Date('2026-03-01T09:00:00Z');
  });

  it('[R-report-daily-cutoff] puts the marker before the first event recorded after midnight', async () => {
    const { store, raw } = instance(file, clock);
    await store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    await store.append(uniqueStream(), [at('2026-03-01T23:59:59.999Z')], 'no-stream');
    expect(await markers(raw)).toEqual([]);

    now = new Date('2026-03-02T00:00:00.000Z');
    await store.append(uniqueStream(), [at('2026-03-02T00:00:00.000Z')], 'no-stream');
    const log = await raw.readAll({ limit: 100 });
    expect(log.map((e) => e.type).slice(-2)).toEqual([
      'DailyCutoffPassed',
      'LearningProgressRecorded',
    ]);
    expect(log.at(-2)!.data).toEqual({ cutoff: '2026-03-02T00:00:00.000Z', day: '2026-03-02' });
    await raw.close();
  });

  it('[R-report-daily-cutoff] appends the days missed while down, oldest first, when the service starts again', async () => {
    const first = instance(file, clock);
    await first.store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    await first.raw.close();

    now = new Date('2026-03-05T08:00:00Z');
    const restarted = instance(file, clock);
    await restarted.recorder.recordDue(now);
    expect(await markers(restarted.raw)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
    await restarted.raw.close();
  });

  it('writes each marker once when instances and schedulers race', async () => {
    const seed = instance(file, clock);
    await seed.store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    const instances = [seed, instance(file, clock), instance(file, clock), instance(file, clock)];

    const racing = async (day: string) => {
      now = new Date(`${day}T00:00:00.000Z`);
      await Promise.all(
        instances.flatMap(({ recorder, store }) => [
          recorder.recordDue(now),
          recorder.recordDue(now),
          store.append(uniqueStream(), [at(now.toISOString())], 'no-stream'),
        ]),
      );
    };
    await racing('2026-03-03');
    await racing('2026-03-04');
    expect(await markers(seed.raw)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    const log = await seed.raw.readAll({ limit: 1000 });
    const lastMarker = log.findLastIndex((e) => e.type === 'DailyCutoffPassed');
    const afterMidnight = log.filter(
      (e) => e.type !== 'DailyCutoffPassed' && e.metadata.occurredAt >= '2026-03-04T00:00:00.000Z',
    );
    expect(afterMidnight.every((e) => log.indexOf(e) > lastMarker)).toBe(true);
    await Promise.all(instances.map(({ raw }) => raw.close()));
  });

  it('reads the markers again after losing a race to another instance, and appends what is left', async () => {
    const { store, raw } = instance(file, clock);
    await store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    now = new Date('2026-03-03T00:00:00.000Z');
    const other = instance(file, clock);
    const tries: string[][] = [];
    const losing = new CutoffRecorder(raw, async (stream, events, expected) => {
      tries.push(events.map((e) => (e.data as { day: string }).day));
      // Between this one's read and its append, another instance appends the first marker.
      if (tries.length === 1) await other.recorder.recordDue(new Date('2026-03-02T00:00:00.000Z'));
      return raw.append(stream, events, expected);
    });
    await losing.recordDue(now);
    expect(tries).toEqual([['2026-03-02', '2026-03-03'], ['2026-03-03']]);
    expect(await markers(raw)).toEqual(['2026-03-02', '2026-03-03']);

    // Having read them, it knows nothing is due before the next midnight.
    await losing.recordDue(new Date('2026-03-03T23:59:59.999Z'));
    now = new Date('2026-03-04T00:00:00.000Z');
    await losing.recordDue(now);
    expect(tries).toEqual([['2026-03-02', '2026-03-03'], ['2026-03-03'], ['2026-03-04']]);
    await Promise.all([raw.close(), other.raw.close()]);
  });

  it('gives up after eight conflicting appends in a row, and at once on any other failure', async () => {
    const { store, raw } = instance(file, clock);
    await store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    now = new Date('2026-03-02T00:00:00.000Z');
    let conflicts = 0;
    const conflicting = new CutoffRecorder(raw, (stream, _events, expected) => {
      conflicts++;
      return Promise.reject(new WrongExpectedRevisionError(stream, expected, 7n));
    });
    await expect(conflicting.recordDue(now)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(conflicts).toBe(8);

    let failures = 0;
    const failing = new CutoffRecorder(raw, () => {
      failures++;
      return Promise.reject(new Error('the store is down'));
    });
    await expect(failing.recordDue(now)).rejects.toThrow('the store is down');
    expect(failures).toBe(1);
    expect(await markers(raw)).toEqual([]);
    await raw.close();
  });

  it('records nothing on an empty log', async () => {
    const { recorder, raw } = instance(file, clock);
    now = new Date('2026-03-09T00:00:00Z');
    await recorder.recordDue(now);
    expect(await raw.headPosition()).toBeNull();
    await raw.close();
  });

  it('judges a batch by its newest event: the marker comes before a batch that crosses midnight', async () => {
    const { store, raw } = instance(file, clock);
    await store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    now = new Date('2026-03-02T00:00:01.000Z');
    const batch = [at('2026-03-01T23:59:59.000Z'), at('2026-03-02T00:00:01.000Z')];
    await store.append(uniqueStream(), batch, 'no-stream');
    const log = await raw.readAll({ limit: 100 });
    expect(log.map((e) => e.type).slice(-3)).toEqual([
      'DailyCutoffPassed',
      'LearningProgressRecorded',
      'LearningProgressRecorded',
    ]);
    await raw.close();
  });

  it('records each day as its own platform command, by the scheduler', async () => {
    const { store, raw } = instance(file, clock);
    await store.append(uniqueStream(), [at('2026-03-01T09:00:00.000Z')], 'no-stream');
    for (const day of ['2026-03-02', '2026-03-03']) {
      now = new Date(`${day}T00:00:00.000Z`);
      await store.append(uniqueStream(), [at(now.toISOString())], 'no-stream');
    }
    const marks = (await raw.readAll({ limit: 100 })).filter((e) => e.type === 'DailyCutoffPassed');
    expect(marks.map((e) => e.metadata.tenant)).toEqual([PLATFORM_TENANT, PLATFORM_TENANT]);
    expect(marks.map((e) => e.metadata.actor)).toEqual([
      { id: 'system:cutoff-scheduler', roles: [] },
      { id: 'system:cutoff-scheduler', roles: [] },
    ]);
    const [first, second] = marks.map((e) => e.metadata);
    expect(first!.commandId).not.toBe(second!.commandId);
    expect(first!.correlationId).not.toBe(second!.correlationId);
    expect(first!.causationId).not.toBe(second!.causationId);
    await raw.close();
  });
});
