import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { Config } from '../../src/config/config';
import type { Clock } from '../../src/core/clock';
import type { EventStore } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { CutoffScheduler } from '../../src/write/cutoffs/application/cutoff-scheduler';
import { sampleEvent, uniqueStream } from '../support/sample-events';
import { writeStack } from '../support/write-stack';

const CHECK_MS = 10;

async function markers(store: EventStore): Promise<string[]> {
  const events = await store.readAll({ limit: 1000 });
  return events.filter((e) => e.type === 'DailyCutoffPassed').map((e) => e.data.day);
}

/** Polls the log until the markers are as expected, or the time is up. */
async function waitForMarkers(store: EventStore, expected: string[], ms = 5000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await markers(store)).join() === expected.join()) return;
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
  }
}

/** Ten check intervals, long enough for a running timer to have acted. */
const severalChecks = () => new Promise((resolve) => setTimeout(resolve, 10 * CHECK_MS));

describe('The cut-off scheduler', () => {
  let store: EventStore;
  let now: Date;
  const clock: Clock = { now: () => now };
  const scheduler = (run: 'run' | 'off', at = clock) => {
    const config = { CUTOFF_SCHEDULER: run, CUTOFF_CHECK_MS: CHECK_MS } as Config;
    return new CutoffScheduler(writeStack(store, at).cutoffs, at, config);
  };

  beforeEach(async () => {
    store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'scheduler-')), 'e.sqlite'), 10);
    const first = sampleEvent();
    const metadata = { ...first.metadata, occurredAt: '2026-03-01T09:00:00.000Z' };
    await store.append(uniqueStream(), [{ ...first, metadata }], 'no-stream');
    now = new Date('2026-03-04T08:00:00.000Z');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    return store.close();
  });

  it('appends the markers missed while down as it starts, then each as its midnight passes', async () => {
    const running = scheduler('run');
    await running.onApplicationBootstrap();
    expect(await markers(store)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);

    now = new Date('2026-03-05T00:00:00.000Z');
    const withTheNext = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
    await waitForMarkers(store, withTheNext);
    expect(await markers(store)).toEqual(withTheNext);

    running.onApplicationShutdown();
    now = new Date('2026-03-06T00:00:00.000Z');
    await severalChecks();
    expect(await markers(store)).toEqual(withTheNext);
  });

  it('when off, appends nothing, at start or later', async () => {
    const off = scheduler('off');
    await off.onApplicationBootstrap();
    now = new Date('2026-03-05T00:00:00.000Z');
    await severalChecks();
    expect(await markers(store)).toEqual([]);
    off.onApplicationShutdown();
  });

  it('keeps checking after a check that failed, and logs the failure as a warning', async () => {
    const warnings: unknown[][] = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(function (
      this: Logger,
      ...args: unknown[]
    ) {
      warnings.push([(this as unknown as { context?: string }).context, ...args]);
    });
    // A clock that fails once, as a store that is briefly unreachable would.
    let failures = 0;
    const flaky: Clock = {
      now: () => {
        if (failures-- > 0) throw new Error('briefly unavailable');
        return now;
      },
    };
    const running = scheduler('run', flaky);
    await running.onApplicationBootstrap();
    failures = 1;
    now = new Date('2026-03-05T00:00:00.000Z');

    const expected = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
    await waitForMarkers(store, expected);
    running.onApplicationShutdown();
    expect(await markers(store)).toEqual(expected);
    expect(failures).toBeLessThan(0);
    expect(warnings).toEqual([
      ['cutoffs', { err: new Error('briefly unavailable') }, 'could not record the due cut-offs'],
    ]);
  });
});
