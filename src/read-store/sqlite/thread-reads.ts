import { OnDemandThread } from '../../core/module-thread';

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
  private readonly thread: OnDemandThread<ThreadAnswer>;

  constructor(file: string) {
    this.thread = new OnDemandThread({
      callerFile: __filename,
      name: 'thread-reads-worker',
      workerData: file,
      what: 'the read store thread',
      closedMessage: 'The read store is closed',
    });
  }

  async run<R>(ask: ThreadAsk): Promise<R> {
    const answer = await this.thread.ask(ask);
    if ('error' in answer)
      throw Object.assign(new Error(answer.error.message), { name: answer.error.name });
    return answer.result as R;
  }

  /** Lets the jobs asked end, then stops the thread. */
  close(): Promise<void> {
    return this.thread.close();
  }
}
