import { EventEmitter } from 'node:events';

/**
 * Appends seen in this thread, and wake-ups for appends made elsewhere: the runtime forwards
 * the first to projections running in a worker thread or a child process, and turns their
 * messages into the second there, so followers need not wait for the poll.
 */
const thisThread = new EventEmitter().setMaxListeners(0);

/** Calls `listener` after each append made through a store in this thread; returns the undo. */
export function onAppend(listener: () => void): () => void {
  thisThread.on('append', listener);
  return () => thisThread.off('append', listener);
}

/** Wakes every follower in this thread, as an append through its own store would. */
export function appendedElsewhere(): void {
  thisThread.emit('elsewhere');
}

/**
 * Wakes a catch-up subscription: at once for appends made through this process's store, or
 * after the poll interval, which is how appends by other processes are noticed.
 */
export class AppendSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  /**
   * After an append, subscribers wait `coalesceMs` more, so that a burst of commands reaches
   * them as one page (one read, one read-model transaction) instead of one page per command.
   */
  constructor(
    private readonly pollIntervalMs: number,
    private readonly coalesceMs = 5,
  ) {}

  notify(): void {
    this.emitter.emit('append');
    thisThread.emit('append');
  }

  next(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let timer = setTimeout(() => done(), this.pollIntervalMs);
      const done = (): void => {
        clearTimeout(timer);
        this.emitter.off('append', soon);
        thisThread.off('elsewhere', soon);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const soon = (): void => {
        this.emitter.off('append', soon);
        thisThread.off('elsewhere', soon);
        clearTimeout(timer);
        timer = setTimeout(done, this.coalesceMs);
      };
      this.emitter.once('append', soon);
      thisThread.once('elsewhere', soon);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
