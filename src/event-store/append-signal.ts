import { EventEmitter } from 'node:events';

/**
 * Wakes a catch-up subscription: at once for appends made through this process's store, or
 * after the poll interval, which is how appends by other processes are noticed.
 */
export class AppendSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly pollIntervalMs: number) {}

  notify(): void {
    this.emitter.emit('append');
  }

  next(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.emitter.off('append', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.pollIntervalMs);
      this.emitter.once('append', done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
