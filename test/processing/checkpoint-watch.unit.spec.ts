import { getEventListeners } from 'node:events';
import { checkpointMoved, waitForPosition } from '../../src/processing/checkpoint-watch';

describe('Waiting for a position', () => {
  it('answers true at once when the position is reached already', async () => {
    expect(await waitForPosition(() => 5n, 5n, { timeoutMs: 0 })).toBe(true);
  });

  it('answers true as soon as a page of this process moves the checkpoint there', async () => {
    // No timer runs here: only the processor's notice can wake the waiter.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const checkpoint: { position?: bigint } = {};
      const answers: boolean[] = [];
      const waiting = waitForPosition(() => checkpoint.position, 3n, { timeoutMs: 5_000 });
      void waiting.then((answer) => answers.push(answer));
      await Promise.resolve();
      checkpoint.position = 3n;
      checkpointMoved();
      await jest.advanceTimersByTimeAsync(0);
      expect(answers).toEqual([true]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('looks again by itself, for checkpoints another process moves', async () => {
    let looks = 0;
    const reached = () => (++looks >= 3 ? 1n : undefined);
    expect(await waitForPosition(reached, 1n, { timeoutMs: 5_000 })).toBe(true);
    expect(looks).toBe(3);
  });

  it('answers false when the time is up, or when told to stop', async () => {
    expect(await waitForPosition(() => 1n, 2n, { timeoutMs: 30 })).toBe(false);
    const stop = new AbortController();
    const waiting = waitForPosition(() => undefined, 1n, { signal: stop.signal });
    stop.abort();
    expect(await waiting).toBe(false);
  });
});

describe('Waiting for a position, on a faked clock', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });
  afterEach(() => jest.useRealTimers());

  it('without a time limit, looks again every ten milliseconds until the position is reached', async () => {
    let looks = 0;
    const waiting = waitForPosition(() => (++looks >= 4 ? 1n : undefined), 1n);
    await jest.advanceTimersByTimeAsync(25);
    expect(looks).toBe(3);
    await jest.advanceTimersByTimeAsync(5);
    expect(await waiting).toBe(true);
    expect(looks).toBe(4);
  });

  it('answers false at the deadline, after a last look there', async () => {
    let looks = 0;
    const answers: boolean[] = [];
    const reached = () => {
      looks++;
      return undefined;
    };
    void waitForPosition(reached, 1n, { timeoutMs: 20 }).then((answer) => answers.push(answer));
    await jest.advanceTimersByTimeAsync(19);
    expect(answers).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(answers).toEqual([false]);
    expect(looks).toBe(3);
  });

  it('answers false as soon as it is told to stop, without waiting for its next look', async () => {
    const stop = new AbortController();
    const answers: boolean[] = [];
    void waitForPosition(() => undefined, 1n, { signal: stop.signal }).then((answer) =>
      answers.push(answer),
    );
    await jest.advanceTimersByTimeAsync(0);
    stop.abort();
    await jest.advanceTimersByTimeAsync(0);
    expect(answers).toEqual([false]);
  });

  it('keeps no listener on the signal beyond the look it waits for', async () => {
    const stop = new AbortController();
    let looks = 0;
    const waiting = waitForPosition(() => (++looks >= 3 ? 1n : undefined), 1n, {
      signal: stop.signal,
    });
    await jest.advanceTimersByTimeAsync(10);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(10);
    expect(await waiting).toBe(true);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });
});
