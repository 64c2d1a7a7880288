import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { SqlitePersonalDataKeys } from '../src/personal-data/sqlite-personal-data-keys';
import {
  type Appender,
  appendsPerSecond,
  benchDir,
  removeDir,
  round,
  type SingleAppend,
} from './append-workload';
import type { Benchmark, BenchmarkResult } from './benchmark';
import { checkedAppender } from './appenders';
import { benchEvent } from './history';

/** Concurrent writers, as in append-concurrent. */
const WRITERS = 50;

/**
 * What sealing personal data costs an append: LearnerProfileRecorded appended one at a time
 * through the service's stack (encryption over schema validation over SQLite) against the same
 * events through schema validation over SQLite, in the clear, as before issue 10. Three times:
 * each learner's first profile (their key is created in the key store, one sync of that file
 * each, before the event is appended), the same from 50 concurrent writers (the keys asked for
 * together share a sync, as the appends share a commit), and a change of a profile (the key
 * exists), each pair of stores on new files, taking turns a chunk at a time.
 */
export const appendPersonalBenchmark: Benchmark = {
  name: 'append-personal',
  async run({ quick }) {
    const count = quick ? 2_000 : 10_000;
    const first = profiles(count);
    const created = await appendsPerSecond(first, [stack(true), stack(false)]);
    const together = await appendsPerSecond(profiles(count), [
      stack(true, WRITERS),
      stack(false, WRITERS),
    ]);
    const changing = [stack(true), stack(false)];
    for (const store of changing) await store.appendAll(first);
    const changed = await appendsPerSecond(first.map(profileChange), changing);
    return [
      row('append-personal', created, count, "each learner's first profile: a key is created"),
      row(
        'append-personal-concurrent',
        together,
        count,
        `each learner's first profile from ${WRITERS} concurrent writers, on both sides`,
      ),
      row('append-personal-change', changed, count, "a changed profile: the learner's key exists"),
    ];
  },
};

function row(
  name: string,
  [sealed, plain]: number[],
  count: number,
  what: string,
): BenchmarkResult {
  const ratio = sealed! / plain!;
  return {
    name,
    value: round(sealed!),
    unit: 'appends/s',
    baseline: round(plain!),
    ratio: round(ratio),
    target: 'ratio >= 0.5',
    met: ratio >= 0.5,
    notes: `${count.toLocaleString('en')} LearnerProfileRecorded appends, ${what}; sealed (AES-256-GCM, keys in their own SQLite file) vs baseline: the same events in the clear, schema-validated into SQLite`,
  };
}

/**
 * The service's event store stack on new files; `sealed` false leaves out the encryption. Each
 * of the `writers` awaits its own appends one after another while the others' are pending.
 */
function stack(sealed: boolean, writers = 1): Appender {
  const dir = benchDir(sealed ? 'append-sealed' : 'append-clear');
  const events = new SqliteEventStore(join(dir, 'events.sqlite'));
  const keys = new SqlitePersonalDataKeys(join(dir, 'personal-data-keys.sqlite'));
  const store = checkedAppender(events, sealed ? keys : undefined);
  const revisions = new Map<string, bigint>();
  return {
    async appendAll(appends) {
      let next = 0;
      const writer = async (): Promise<void> => {
        for (let append = appends[next++]; append; append = appends[next++]) {
          const { stream, event } = append;
          const expected = revisions.get(stream) ?? 'no-stream';
          revisions.set(stream, (await store.append(stream, [event], expected)).revision);
        }
      };
      await Promise.all(Array.from({ length: writers }, writer));
    },
    async close() {
      await events.close();
      await keys.close();
      removeDir(dir);
    },
  };
}

function profiles(count: number): SingleAppend[] {
  const occurredAt = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const integration = { id: 'lms-sync', roles: ['integration'] };
  return Array.from({ length: count }, () => {
    const learnerId = randomUUID();
    const data = {
      learnerId,
      name: `Zoë Ångström-Núñez ${learnerId.slice(0, 8)}`,
      email: `${learnerId.slice(0, 8)}@acme.example`,
    };
    return {
      stream: `learner-bench:${learnerId}`,
      event: benchEvent(
        'bench',
        'LearnerProfileRecorded',
        data,
        'RecordLearnerProfile',
        integration,
        occurredAt,
      ),
    };
  });
}

function profileChange({ stream, event }: SingleAppend): SingleAppend {
  const data = event.data as { learnerId: string; name: string; email: string };
  return {
    stream,
    event: { ...event, eventId: randomUUID(), data: { ...data, name: `${data.name} Jr` } },
  };
}
