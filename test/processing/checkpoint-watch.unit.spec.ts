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
