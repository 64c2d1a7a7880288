import { EventEmitter } from 'node:events';

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
  }

  next(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let timer = setTimeout(() => done(), this.pollIntervalMs);
      const done = (): void => {
        clearTimeout(timer);
        this.emitter.off('append', soon);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const soon = (): void => {
        clearTimeout(timer);
        timer = setTimeout(done, this.coalesceMs);
      };
      this.emitter.once('append', soon);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
