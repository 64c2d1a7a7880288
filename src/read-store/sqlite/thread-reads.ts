import type { Worker } from 'node:worker_threads';
import { type AskedThread, askedThread, closeThread, moduleThread } from '../../core/module-thread';

/** A job as the thread takes it: the collection already named as its table. */
export interface ThreadAsk {
  readonly module: string;
  readonly table: string;
  readonly input: unknown;
}

export type ThreadAnswer =
  | { readonly result: unknown }
  | { readonly error: { readonly message: string; readonly name: string } };

/**
 * Read jobs run by a thread of the read store's own (thread-reads-worker.ts) on a read-only
 * connection of its own, each seeing what was committed when it ran, answered in the order
 * asked. Started with the first job; held open only while a job is out, so an idle store keeps
 * no process alive; a thread that dies fails the jobs it held, and the next job starts another.
 */
export class ThreadReads {
  private thread:
    { readonly worker: Worker; readonly asked: AskedThread<ThreadAnswer> } | undefined;
  private closed = false;
  /** Settles with the last job asked, which is answered last. */
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  async run<R>(ask: ThreadAsk): Promise<R> {
    if (this.closed) throw new Error('The read store is closed');
    const { worker, asked } = (this.thread ??= this.started());
    worker.ref();
    const answered = asked.ask(ask);
    this.last = answered.catch(() => undefined);
    try {
      const answer = await answered;
      if ('error' in answer)
        throw Object.assign(new Error(answer.error.message), { name: answer.error.name });
      return answer.result as R;
    } finally {
      if (asked.waiting === 0) worker.unref();
    }
  }

  /** Lets the jobs asked end, then stops the thread. */
  async close(): Promise<void> {
    this.closed = true;
    await this.last;
    const thread = this.thread;
    this.thread = undefined;
    if (thread) await closeThread(thread.worker);
  }

  private started(): { worker: Worker; asked: AskedThread<ThreadAnswer> } {
    const worker = moduleThread(__filename, 'thread-reads-worker', this.file);
    const asked = askedThread<ThreadAnswer>(worker, 'the read store thread');
    worker.on('exit', () => {
      if (this.thread?.worker === worker) this.thread = undefined;
    });
    return { worker, asked };
  }
}
