import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EventLog } from '../src/event-store/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { ALL_PROJECTIONS } from '../src/read/all-projections';
import { rebuildProjections } from '../src/projections/engine/rebuild';
import { SqliteReadStore } from '../src/read-store/sqlite/sqlite-read-store';
import { benchDir, round } from './append-workload';
import { type Benchmark, timed } from './benchmark';
import { checkedAppender } from './appenders';
import { appendHistory } from './history';

const PAGE = 5000;
const TARGET = 100_000;

/**
 * Events/s rebuilding every read model from the log, one projection after the other as
 * `npm run projections -- rebuild all` does (into a new read store), against reading and
 * parsing the same log with nothing applied.
 */
export const rebuildBenchmark: Benchmark = {
  name: 'rebuild',
  async run({ quick }) {
    const total = quick ? 100_000 : 1_000_000;
    const dir = benchDir('rebuild');
    const file = join(dir, 'events.sqlite');
    const events = new SqliteEventStore(file);
    const setup = await timed(() => appendHistory(events, checkedAppender(events), total));
    const count = setup.result;

    const read = await timed(() => readWholeLog(events));
    if (read.result !== count) throw new Error(`read ${read.result} events, not ${count}`);

    const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    // As `npm run projections -- rebuild all` does: one pass over the log for all read models.
    const rebuild = await timed(async () => {
      for (const result of await rebuildProjections(events, store, ALL_PROJECTIONS))
        if (result.events !== count)
          throw new Error(`${result.projection} applied ${result.events} of ${count} events`);
    });
    await store.close();
    await events.close();

    const rate = count / rebuild.seconds;
    const baseline = count / read.seconds;
    const megabytes = (name: string) => Math.round(statSync(join(dir, name)).size / 1024 / 1024);
    const sizes = { log: megabytes('events.sqlite'), readModels: megabytes('read-models.sqlite') };
    rmSync(dir, { recursive: true, force: true });
    return [
      {
        name: 'rebuild',
        value: Math.round(rate),
        unit: 'events/s',
        baseline: Math.round(baseline),
        ratio: round(rate / baseline),
        target: `>= ${TARGET.toLocaleString('en')} events/s`,
        met: rate >= TARGET,
        notes: `${count.toLocaleString('en')} events (${sizes.log} MB log, appended in ${setup.seconds.toFixed(0)} s), all ${ALL_PROJECTIONS.length} read models in one pass in ${rebuild.seconds.toFixed(1)} s; read models ${sizes.readModels} MB; baseline: readAll pages of ${PAGE} to the end, ${read.seconds.toFixed(1)} s`,
      },
    ];
  },
};

export async function readWholeLog(events: Pick<EventLog, 'readAll'>): Promise<number> {
  let count = 0;
  let after: bigint | undefined;
  for (
    let page = await events.readAll({ limit: PAGE });
    page.length > 0;
    page = await events.readAll({ after, limit: PAGE })
  ) {
    count += page.length;
    after = page.at(-1)!.position;
  }
  return count;
}
