import type { RecordedEvent, SubscribeOptions } from '../../src/event-store/event-store';
import { waitForPosition } from '../../src/processing/checkpoint-watch';
import { type LogConsumer, LogProcessor } from '../../src/processing/log-processor';

const quiet = { warn: () => undefined };

describe('The log processor', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });
  afterEach(() => jest.useRealTimers());

  it('wakes the waiters of this process after every page it handled, before their next look', async () => {
    let release!: () => void;
    const appended = new Promise<void>((resolve) => (release = resolve));
    const log = {
      async *subscribeAllPages({ signal }: SubscribeOptions) {
        await appended;
        yield [{ position: 1n }] as unknown as RecordedEvent[];
        await new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true }));
      },
    };
    let handled: bigint | undefined;
    const consumer: LogConsumer = {
      name: 'noting',
      resume: () => Promise.resolve(undefined),
      handle: (page) => {
        handled = page.at(-1)!.position;
        return Promise.resolve('next');
      },
    };
    const processor = new LogProcessor(log, consumer, quiet);
    const answers: boolean[] = [];
    void waitForPosition(() => handled, 1n).then((answer) => answers.push(answer));
    processor.start();
    await jest.advanceTimersByTimeAsync(0);

    release();
    // No time passes: only the processor's notice can make the waiter look again.
    await jest.advanceTimersByTimeAsync(0);
    expect(answers).toEqual([true]);
    await processor.stop();
  });
});
