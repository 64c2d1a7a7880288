import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventLog } from '../src/event-store/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { OpenedEventLog } from '../src/personal-data/opened-event-log';
import { checkedAppender, sealingAppender } from './appenders';
import { SqlitePersonalDataKeys } from '../src/personal-data/sqlite-personal-data-keys';
import { ALL_PROJECTIONS } from '../src/read/all-projections';
import { rebuildProjections } from '../src/projections/engine/rebuild';
import { SqliteReadStore } from '../src/read-store/sqlite/sqlite-read-store';
import { benchDir, round } from './append-workload';
import { type Benchmark, timed } from './benchmark';
import { appendHistory } from './history';
import { readWholeLog } from './rebuild.bench';

const TURNS = 2;

/**
 * What opening sealed profiles costs a rebuild: the same history (one event in about 17 is a
 * learner's profile) appended twice, once sealed through the encryption and once in the clear
 * as before issue 10, and every read model rebuilt from each, the sealed log read through the
 * decryption. Rebuilds take turns, each into a new read store, and the faster of each side's
 * turns counts.
 */
export const rebuildPersonalBenchmark: Benchmark = {
  name: 'rebuild-personal',
  async run({ quick }) {
    const total = quick ? 50_000 : 200_000;
    const dir = benchDir('rebuild-personal');
    const keys = new SqlitePersonalDataKeys(join(dir, 'personal-data-keys.sqlite'));
    const sealedLog = new SqliteEventStore(join(dir, 'sealed.sqlite'));
    const clearLog = new SqliteEventStore(join(dir, 'clear.sqlite'));
    const sealed = new OpenedEventLog(sealedLog, keys);
    try {
      const count = await appendHistory(
        sealingAppender(sealedLog, keys),
        checkedAppender(sealedLog, keys),
        total,
      );
      await appendHistory(clearLog, checkedAppender(clearLog), total);
      const profiles = await countProfiles(sealedLog);

      const seconds = {
        sealed: Infinity,
        clear: Infinity,
        readSealed: Infinity,
        readClear: Infinity,
      };
      for (let turn = 0; turn < TURNS; turn++) {
        seconds.clear = Math.min(seconds.clear, await rebuildAll(clearLog, dir, count));
        seconds.sealed = Math.min(seconds.sealed, await rebuildAll(sealed, dir, count));
        seconds.readClear = Math.min(
          seconds.readClear,
          (await timed(() => readWholeLog(clearLog))).seconds,
        );
        seconds.readSealed = Math.min(
          seconds.readSealed,
          (await timed(() => readWholeLog(sealed))).seconds,
        );
      }
      const [rate, baseline] = [count / seconds.sealed, count / seconds.clear];
      return [
        {
          name: 'rebuild-personal',
          value: Math.round(rate),
          unit: 'events/s',
          baseline: Math.round(baseline),
          ratio: round(rate / baseline),
          target: 'ratio >= 0.8',
          met: rate / baseline >= 0.8,
          notes: `${count.toLocaleString('en')} events, ${profiles.toLocaleString('en')} of them sealed profiles, all ${ALL_PROJECTIONS.length} read models in one pass: ${seconds.sealed.toFixed(1)} s through the decryption vs baseline: the same history in the clear, ${seconds.clear.toFixed(1)} s (best of ${TURNS} each); reading the whole log alone: ${seconds.readSealed.toFixed(2)} s opened vs ${seconds.readClear.toFixed(2)} s in the clear`,
        },
      ];
    } finally {
      await sealedLog.close();
      await clearLog.close();
      await keys.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Seconds to rebuild every read model from `events` into a new read store. */
async function rebuildAll(events: EventLog, dir: string, count: number): Promise<number> {
  const file = join(dir, 'read-models.sqlite');
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  const store = new SqliteReadStore(file);
  try {
    const { seconds } = await timed(async () => {
      for (const result of await rebuildProjections(events, store, ALL_PROJECTIONS))
        if (result.events !== count)
          throw new Error(`${result.projection} applied ${result.events} of ${count} events`);
    });
    return seconds;
  } finally {
    await store.close();
  }
}

async function countProfiles(events: Pick<EventLog, 'readAll'>): Promise<number> {
  let count = 0;
  let after: bigint | undefined;
  for (let page = await events.readAll({ limit: 5000 }); page.length > 0;) {
    count += page.filter((event) => event.type === 'LearnerProfileRecorded').length;
    after = page.at(-1)!.position;
    page = await events.readAll({ after, limit: 5000 });
  }
  return count;
}
