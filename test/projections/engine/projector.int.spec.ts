import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import {
  activeGeneration,
  ensureGenerationCollections,
  PROJECTIONS,
  readCheckpoint,
  setActiveGeneration,
  writeCheckpoint,
} from '../../../src/projections/engine/generations';
import { Projector } from '../../../src/projections/engine/projector';
import { projectionProcessor } from '../../support/projection-processor';
import { rebuildProjection } from '../../../src/projections/engine/rebuild';
import type { Projection } from '../../../src/projections/projection';
import { SqliteReadStore } from '../../../src/read-store/sqlite/sqlite-read-store';
import { append, recording, seen } from './engine-fixtures';

const ENROLMENTS = recording('enrolments', ['LearnerEnrolled']);
const TRAININGS = recording('trainings', ['TrainingCreated']);
const NAMES = [ENROLMENTS.name, TRAININGS.name];

/** The warnings a pipeline logged: only real failures are warned about. */
class Warnings {
  readonly logged: { details: Record<string, unknown>; message: string }[] = [];
  warn(details: object, message: string): void {
    this.logged.push({ details: details as Record<string, unknown>, message });
  }
}

/** A projection whose first `failures` attempts at an event throw, like a store that hiccups. */
function failingFirst(failures: number, onFailure: () => void = () => undefined): Projection {
  let left = failures;
  return {
    ...ENROLMENTS,
    project(event) {
      if (left-- > 0) {
        onFailure();
        throw new Error('the read store hiccupped');
      }
      return ENROLMENTS.project(event);
    },
  };
}

describe('The projection pipeline, one projection at a time', () => {
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  let warnings: Warnings;
  let pipeline: ReturnType<typeof projectionProcessor> | undefined;
  beforeEach(async () => {
    events = new SqliteEventStore(':memory:', 10);
    store = new SqliteReadStore(':memory:');
    await store.ensureCollection({ name: PROJECTIONS, indexes: [] });
    warnings = new Warnings();
  });
  afterEach(async () => {
    await pipeline?.stop();
    pipeline = undefined;
    await store.close();
    await events.close();
  });
  const run = (projections: readonly Projection[]) => {
    pipeline = projectionProcessor(events, store, projections, warnings);
    pipeline.start();
    return pipeline;
  };
  const head = async () => (await events.headPosition())!;

  it('applies the log to every projection, each from its own checkpoint, reading from the lowest', async () => {
    const late = recording('lateEnrolments', ['LearnerEnrolled']);
    await append(events, [
      'TrainingCreated',
      'LearnerEnrolled',
      'TrainingCreated',
      'LearnerEnrolled',
    ]);
    // Each has applied part of the log already; the lowest checkpoint is neither first nor last.
    const checkpoints = [
      [ENROLMENTS, 3n],
      [TRAININGS, 1n],
      [late, 4n],
    ] as const;
    await store.transaction(async (tx) => {
      for (const [projection, position] of checkpoints) {
        await setActiveGeneration(tx, projection.name, 1);
        await writeCheckpoint(tx, projection.name, 1, position);
      }
    });
    const started = run(checkpoints.map(([projection]) => projection));
    await append(events, ['TrainingCreated']);

    expect(await started.waitFor([...NAMES, late.name], await head(), 5_000)).toBe(true);
    expect(await seen(store, TRAININGS)).toEqual([3, 5]);
    expect(await seen(store, ENROLMENTS)).toEqual([4]);
    expect(await seen(store, late)).toEqual([]);
    for (const [projection] of checkpoints) {
      expect(started.position(projection.name)).toBe(5n);
      expect(await readCheckpoint(store, projection.name, 1)).toBe(5n);
    }
  });

  it('resumes from the lowest checkpoint, and answers the lowest position of the projections named', async () => {
    const late = recording('lateEnrolments', ['LearnerEnrolled']);
    const checkpoints = [
      [ENROLMENTS, 3n],
      [TRAININGS, 1n],
      [late, 4n],
    ] as const;
    await store.transaction(async (tx) => {
      for (const [projection, position] of checkpoints) {
        await setActiveGeneration(tx, projection.name, 1);
        await writeCheckpoint(tx, projection.name, 1, position);
      }
    });
    const projector = new Projector(store, [ENROLMENTS, TRAININGS, late]);

    expect(await projector.resume()).toBe(1n);
    expect(projector.lowest([ENROLMENTS.name, TRAININGS.name, late.name])).toBe(1n);
    expect(projector.lowest([ENROLMENTS.name, late.name])).toBe(3n);
    expect(projector.lowest([late.name, ENROLMENTS.name])).toBe(3n);
    expect(projector.lowest([ENROLMENTS.name, 'unknown'])).toBeUndefined();
  });

  it('moves onto a generation another process switched to, before that process drops the old one', async () => {
    await append(events, ['LearnerEnrolled']);
    const started = run([ENROLMENTS]);
    expect(await started.waitFor([ENROLMENTS.name], 1n, 5_000)).toBe(true);
    // Another process rebuilt generation 2 up to here and switched to it; generation 1 is still there.
    await ensureGenerationCollections(store, ENROLMENTS, 2);
    await store.transaction(async (tx) => {
      await writeCheckpoint(tx, ENROLMENTS.name, 2, 1n);
      await setActiveGeneration(tx, ENROLMENTS.name, 2);
    });
    await append(events, ['LearnerEnrolled']);

    expect(await started.waitFor([ENROLMENTS.name], 2n, 5_000)).toBe(true);
    expect(await seen(store, ENROLMENTS, 2)).toEqual([2]);
    expect(await seen(store, ENROLMENTS, 1)).toEqual([1]);
  });

  it('starts a projection it has never run at generation 1, from the start of the log', async () => {
    await append(events, ['LearnerEnrolled', 'LearnerEnrolled']);
    const started = run([ENROLMENTS]);
    expect(started.position(ENROLMENTS.name)).toBeUndefined();

    expect(await started.waitFor([ENROLMENTS.name], 2n, 5_000)).toBe(true);
    expect(await activeGeneration(store, ENROLMENTS.name)).toBe(1);
    expect(await seen(store, ENROLMENTS)).toEqual([1, 2]);
  });

  it('knows where a projection stands as soon as it starts, before any new event', async () => {
    await append(events, ['LearnerEnrolled', 'LearnerEnrolled']);
    await store.transaction(async (tx) => {
      await setActiveGeneration(tx, ENROLMENTS.name, 1);
      await writeCheckpoint(tx, ENROLMENTS.name, 1, 2n);
    });

    const started = run([ENROLMENTS]);

    expect(await started.waitFor([ENROLMENTS.name], 2n, 5_000)).toBe(true);
    expect(started.position(ENROLMENTS.name)).toBe(2n);
  });

  it('answers a wait once every named projection has the position, and not before', async () => {
    await append(events, ['LearnerEnrolled']);
    const started = run([ENROLMENTS, TRAININGS]);
    expect(await started.waitFor(NAMES, 1n, 5_000)).toBe(true);

    const waiting = started.waitFor(NAMES, 2n, 5_000);
    await append(events, ['TrainingCreated']);
    expect(await waiting).toBe(true);

    expect(await started.waitFor(NAMES, 3n, 50)).toBe(false);
    expect(await started.waitFor([ENROLMENTS.name, 'notRunHere'], 1n, 50)).toBe(false);
  });

  it('restarts from the checkpoints after a failure, waiting longer each time and warning with the count of failures in a row', async () => {
    await append(events, ['LearnerEnrolled']);
    // The clock and timers are faked, not the turns of the event loop the stores work in.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const attempts: number[] = [];
      const flaky = failingFirst(9);
      const timed: Projection = {
        ...flaky,
        project: (event) => (attempts.push(Date.now()), flaky.project(event)),
      };
      const started = run([timed]);
      for (let step = 0; step < 200 && started.position(timed.name) === undefined; step++)
        await jest.advanceTimersByTimeAsync(1_000);

      expect(started.position(timed.name)).toBe(1n);
      expect(await seen(store, timed)).toEqual([1]);
      // Doubling from 200 ms, and never more than 30 s.
      expect(attempts.slice(1).map((at, i) => at - attempts[i]!)).toEqual([
        200, 400, 800, 1_600, 3_200, 6_400, 12_800, 25_600, 30_000,
      ]);
      expect(warnings.logged[0]).toEqual({
        details: { err: new Error('the read store hiccupped'), failures: 1, retryInMs: 200 },
        message: 'projections failed; resuming from its checkpoint',
      });
      expect(warnings.logged.map(({ details }) => details.failures)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9,
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('starts again from a checkpoint another process moved, without warning', async () => {
    await append(events, ['LearnerEnrolled']);
    const started = run([ENROLMENTS]);
    expect(await started.waitFor([ENROLMENTS.name], 1n, 5_000)).toBe(true);

    // Another process applies the next event first.
    await store.transaction((tx) => writeCheckpoint(tx, ENROLMENTS.name, 1, 2n));
    await append(events, ['LearnerEnrolled', 'LearnerEnrolled']);

    expect(await started.waitFor([ENROLMENTS.name], 3n, 5_000)).toBe(true);
    expect(await seen(store, ENROLMENTS)).toEqual([1, 3]);
    expect(warnings.logged).toEqual([]);
  });

  it('follows a rebuild onto the new generation, and counts failures afresh after it', async () => {
    let failNext = false;
    const flaky: Projection = {
      ...ENROLMENTS,
      project(event) {
        if (failNext) {
          failNext = false;
          throw new Error('the read store hiccupped');
        }
        return ENROLMENTS.project(event);
      },
    };
    await append(events, ['LearnerEnrolled']);
    failNext = true;
    const started = run([flaky]);
    expect(await started.waitFor([flaky.name], 1n, 5_000)).toBe(true);

    await rebuildProjection(events, store, ENROLMENTS);
    failNext = true;
    await append(events, ['LearnerEnrolled']);

    expect(await started.waitFor([flaky.name], 2n, 5_000)).toBe(true);
    expect(await activeGeneration(store, flaky.name)).toBe(2);
    expect(await seen(store, flaky, 2)).toEqual([1, 2]);
    expect(await readCheckpoint(store, flaky.name, 2)).toBe(2n);
    expect(warnings.logged.map(({ details }) => details.failures)).toEqual([1, 1]);
  });

  it('creates the collections of an active generation that has none yet', async () => {
    // A process stopped between choosing generation 3 and creating its collections.
    await store.transaction((tx) => setActiveGeneration(tx, ENROLMENTS.name, 3));
    await append(events, ['LearnerEnrolled']);
    const started = run([ENROLMENTS]);

    expect(await started.waitFor([ENROLMENTS.name], 1n, 5_000)).toBe(true);
    expect(await seen(store, ENROLMENTS, 3)).toEqual([1]);
  });

  it('reports no failure that comes while it stops, and runs no more once stopped', async () => {
    await append(events, ['LearnerEnrolled']);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      let stopping: Promise<void> = new Promise(() => undefined);
      const failedWhileStopping = new Promise<void>((resolve) => {
        const stopsItself = failingFirst(1, () => {
          stopping = pipeline!.stop();
          resolve();
        });
        run([stopsItself]);
      });
      await failedWhileStopping;
      await stopping;

      // Long past any restart it would have made.
      await jest.advanceTimersByTimeAsync(60_000);
      expect(pipeline!.position(ENROLMENTS.name)).toBeUndefined();
      expect(await seen(store, ENROLMENTS)).toEqual([]);
      expect(warnings.logged).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('answers a wait for a position already reached at once, without waiting for its time-out', async () => {
    await append(events, ['LearnerEnrolled']);
    const started = run([ENROLMENTS]);
    expect(await started.waitFor([ENROLMENTS.name], 1n, 5_000)).toBe(true);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const answers: boolean[] = [];
      void started.waitFor([ENROLMENTS.name], 1n, 60_000).then((answer) => answers.push(answer));

      await jest.advanceTimersByTimeAsync(0);
      expect(answers).toEqual([true]);
    } finally {
      jest.useRealTimers();
    }
  });
});
