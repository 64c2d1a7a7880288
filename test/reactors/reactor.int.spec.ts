import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position, RecordedEvent } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { waitForPosition } from '../../src/processing/checkpoint-watch';
import { LogProcessor } from '../../src/processing/log-processor';
import { type Reactor, reactorCheckpoint, reactorConsumer } from '../../src/reactors/reactor';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { sampleEvent, uniqueStream } from '../support/sample-events';

const quiet = { warn: () => undefined };

/** A reactor of `LearnerEnrolled` that notes the positions it acted on, doing what `act` says. */
function noting(
  act: (event: RecordedEvent, signal: AbortSignal) => Promise<void> = () => Promise.resolve(),
  concurrency?: number,
) {
  const acted: Position[] = [];
  const reactor: Reactor<'LearnerEnrolled'> = {
    name: 'noting',
    handles: ['LearnerEnrolled'],
    ...(concurrency !== undefined && { concurrency }),
    async react(event, signal) {
      await act(event, signal);
      acted.push(event.position);
    },
  };
  return { reactor, acted };
}

describe('A reactor on the log processor', () => {
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  const running: LogProcessor[] = [];
  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'reactor-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'), 10);
    store = new SqliteReadStore(join(dir, 'read.sqlite'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((processor) => processor.stop()));
    await store.close();
    await events.close();
  });

  const run = (reactor: Reactor<'LearnerEnrolled'>) => {
    const processor = new LogProcessor(events, reactorConsumer(reactor, store), quiet);
    processor.start();
    running.push(processor);
    return processor;
  };
  const append = async (...types: string[]): Promise<Position[]> => {
    const positions: Position[] = [];
    for (const type of types)
      positions.push(
        (
          await events.append(
            uniqueStream(),
            [sampleEvent(type, { tenantId: 'acme' })],
            'no-stream',
          )
        ).position,
      );
    return positions;
  };
  const settled = (position: Position, timeoutMs = 10_000) =>
    waitForPosition(() => reactorCheckpoint(store, 'noting'), position, { timeoutMs });

  it('acts on the types it handles, in log order, and moves its checkpoint past the whole page', async () => {
    const positions = await append(
      'LearnerEnrolled',
      'CertificatesFeatureEnabled',
      'LearnerEnrolled',
      'CertificatesFeatureEnabled',
    );
    const { reactor, acted } = noting();

    run(reactor);

    expect(await settled(positions[3]!)).toBe(true);
    expect(acted).toEqual([positions[0], positions[2]]);
  });

  it('saves its checkpoint once for a page of many handled events (one transaction, not one per event)', async () => {
    const positions = await append(...Array<string>(20).fill('LearnerEnrolled'));
    let transactions = 0;
    const transaction = store.transaction.bind(store);
    store.transaction = (work) => {
      transactions++;
      return transaction(work);
    };
    const { reactor, acted } = noting();

    run(reactor);

    expect(await settled(positions[19]!)).toBe(true);
    expect(acted).toEqual(positions);
    expect(transactions).toBe(1);
  });

  it('after a failed side effect, resumes from the last settled event: nothing settled is redone', async () => {
    const positions = await append('LearnerEnrolled', 'LearnerEnrolled', 'LearnerEnrolled');
    let failOnce = true;
    const { reactor, acted } = noting((event) => {
      if (event.position === positions[1] && failOnce) {
        failOnce = false;
        return Promise.reject(new Error('the mail server hiccupped'));
      }
      return Promise.resolve();
    });

    run(reactor);

    expect(await settled(positions[2]!)).toBe(true);
    expect(acted).toEqual(positions);
  });

  it('works on up to `concurrency` events of a page at once, and moves past the page once all are done', async () => {
    const positions = await append(...Array<string>(5).fill('LearnerEnrolled'));
    let inFlight = 0;
    let most = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { reactor, acted } = noting(async () => {
      most = Math.max(most, ++inFlight);
      await gate;
      inFlight--;
    }, 3);

    run(reactor);
    // Three started, none settled: the checkpoint has not moved.
    expect(await waitForPosition(() => BigInt(inFlight), 3n, { timeoutMs: 10_000 })).toBe(true);
    expect(await settled(positions[0]!, 200)).toBe(false);
    release();

    expect(await settled(positions[4]!)).toBe(true);
    expect(most).toBe(3);
    expect([...acted].sort()).toEqual(positions);
  });

  it('after a failure among concurrent events, lets those under way finish and starts no new one before redoing the page', async () => {
    const positions = await append(...Array<string>(5).fill('LearnerEnrolled'));
    const started: Position[] = [];
    let failOnce = true;
    const { reactor, acted } = noting(async (event) => {
      started.push(event.position);
      if (event.position === positions[1] && failOnce) {
        failOnce = false;
        throw new Error('the renderer hiccupped');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }, 3);

    run(reactor);

    expect(await settled(positions[4]!)).toBe(true);
    // The first round: the three started at once, then nothing new after the failure.
    const firstRound = started.slice(0, started.indexOf(positions[0]!, 1));
    expect([...firstRound].sort()).toEqual(positions.slice(0, 3));
    expect(new Set(acted)).toEqual(new Set(positions));
  });

  it('stopped while an event is in hand, checkpoints nothing unsettled; the next start does it', async () => {
    const [position] = await append('LearnerEnrolled');
    let started!: () => void;
    const inHand = new Promise<void>((resolve) => (started = resolve));
    const stopped = noting(
      (_event, signal) =>
        new Promise<void>((resolve) => {
          started();
          signal.addEventListener('abort', () => resolve(), { once: true });
        }),
    );
    const first = run(stopped.reactor);
    await inHand;

    await first.stop();

    expect(await reactorCheckpoint(store, 'noting')).toBeUndefined();
    const again = noting();
    run(again.reactor);
    expect(await settled(position!)).toBe(true);
    expect(again.acted).toEqual([position]);
  });

  it('working on several events at once and stopped mid-page, checkpoints nothing of that page', async () => {
    await append('LearnerEnrolled', 'LearnerEnrolled');
    const page = await events.readAll({ limit: 10 });
    const stopping = new AbortController();
    // The processor stops while the events are in hand; the reactor returns early, unsettled.
    const { reactor } = noting(() => {
      stopping.abort();
      return Promise.resolve();
    }, 2);

    const consumer = reactorConsumer(reactor, store);
    await consumer.resume();
    await consumer.handle(page, stopping.signal);

    expect(await reactorCheckpoint(store, 'noting')).toBeUndefined();
  });

  it('never moves its checkpoint back, whatever order two instances save in', async () => {
    const positions = await append('LearnerEnrolled', 'LearnerEnrolled', 'LearnerEnrolled');
    const page = await events.readAll({ limit: 10 });
    const running = new AbortController().signal;

    const ahead = reactorConsumer(noting().reactor, store);
    const behind = reactorConsumer(noting().reactor, store);
    // Each resumes first, as on its processor; the one behind saves an older position last.
    expect([await ahead.resume(), await behind.resume()]).toEqual([undefined, undefined]);
    await ahead.handle(page, running);
    await behind.handle(page.slice(0, 1), running);

    expect(await reactorCheckpoint(store, 'noting')).toBe(positions[2]);
  });

  it('never moves its checkpoint back when two processes run it', async () => {
    const positions = await append(...Array<string>(20).fill('LearnerEnrolled'));
    const one = noting();
    const other = noting();

    run(one.reactor);
    run(other.reactor);

    expect(await settled(positions.at(-1)!)).toBe(true);
    await Promise.all(running.splice(0).map((processor) => processor.stop()));
    expect(await reactorCheckpoint(store, 'noting')).toBe(positions.at(-1));
  });
});
