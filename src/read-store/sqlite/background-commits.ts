import type { Worker } from 'node:worker_threads';
import { type AskedThread, askedThread, closeThread, moduleThread } from '../../core/module-thread';
import { BatchCheckFailed } from '../read-store';

/** What the thread opens: the read store's file, with the settings of its batches. */
export interface BackgroundSetup {
  readonly file: string;
  readonly pragmas: string;
}

/** A batch as the thread takes it: collections already named as their tables. */
export interface TableBatch {
  readonly checks: readonly {
    readonly table: string;
    readonly id: string;
    readonly field: string;
    readonly value: string | null;
  }[];
  readonly writes: readonly {
    readonly table: string;
    readonly ids: readonly string[];
    readonly docs: readonly (string | null)[];
  }[];
}

/** Committed; or the check that did not hold; or why the transaction failed. */
export type BatchAnswer =
  | { readonly committed: true }
  | { readonly failedCheck: number }
  | { readonly error: { readonly message: string; readonly name: string; readonly code?: string } };

/**
 * Batches committed by a thread of the read store's own (background-commit-worker.ts), on its
 * own connection, while this thread goes on: a rebuild projects the next pages of the log while
 * the documents of the last ones go into SQLite. The thread takes batches in the order they are
 * sent and answers each in turn. Started with the first batch; a thread that dies fails the
 * batches it held, and the next batch starts another.
 */
export class BackgroundCommits {
  private thread: { readonly worker: Worker; readonly asked: AskedThread<BatchAnswer> } | undefined;
  /** Settles with the last batch sent, which is answered last. */
  private last: Promise<unknown> = Promise.resolve();
  private closed: Promise<void> | undefined;

  constructor(private readonly setup: BackgroundSetup) {}

  commit(batch: TableBatch): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The read store is closed'));
    const { worker, asked } = (this.thread ??= this.started());
    // Held open only while a batch is out: an idle read store does not keep the process alive.
    worker.ref();
    const committed = asked.ask(batch).then(settled);
    const idle = () => {
      if (asked.waiting === 0) worker.unref();
    };
    committed.then(idle, idle);
    this.last = committed.catch(() => undefined);
    return committed;
  }

  /** Lets the batches sent commit, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }

  private async stop(): Promise<void> {
    await this.last;
    const thread = this.thread;
    if (!thread) return;
    this.thread = undefined;
    await closeThread(thread.worker);
  }

  private started(): { worker: Worker; asked: AskedThread<BatchAnswer> } {
    const worker = moduleThread(__filename, 'background-commit-worker', this.setup);
    const asked = askedThread<BatchAnswer>(worker, 'the background commit thread');
    // Its batches fail with it (askedThread); the next batch starts another thread.
    worker.on('exit', () => {
      if (this.thread?.worker === worker) this.thread = undefined;
    });
    return { worker, asked };
  }
}

/** A batch's answer as its outcome: committed, or the error, made here so its stack names the read store. */
function settled(answer: BatchAnswer): void {
  if ('committed' in answer) return;
  if ('failedCheck' in answer) throw new BatchCheckFailed(answer.failedCheck);
  const { message, name, code } = answer.error;
  throw Object.assign(new Error(message), { name }, code && { code });
}
