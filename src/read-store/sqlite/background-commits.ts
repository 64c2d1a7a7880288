import type { Worker } from 'node:worker_threads';
import { closeThread, moduleThread } from '../../core/module-thread';
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

interface Pending {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * Batches committed by a thread of the read store's own (background-commit-worker.ts), on its
 * own connection, while this thread goes on: a rebuild projects the next pages of the log while
 * the documents of the last ones go into SQLite. The thread takes batches in the order they are
 * sent and answers each in turn. Started with the first batch; a thread that dies fails the
 * batches it held, and the next batch starts another.
 */
export class BackgroundCommits {
  private worker: Worker | undefined;
  private readonly pending: Pending[] = [];
  /** Settles with the last batch sent, which is answered last. */
  private last: Promise<unknown> = Promise.resolve();
  private closed: Promise<void> | undefined;

  constructor(private readonly setup: BackgroundSetup) {}

  commit(batch: TableBatch): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The read store is closed'));
    const worker = (this.worker ??= this.started());
    // Held open only while a batch is out: an idle read store does not keep the process alive.
    worker.ref();
    const committed = new Promise<void>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      worker.postMessage(batch);
    });
    this.last = committed.catch(() => undefined);
    return committed;
  }

  /** Lets the batches sent commit, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }

  private async stop(): Promise<void> {
    await this.last;
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    await closeThread(worker);
  }

  private started(): Worker {
    const worker = moduleThread(__filename, 'background-commit-worker', this.setup);
    worker.on('message', (answer: BatchAnswer) => this.answered(answer));
    worker.on('error', (error: Error) => this.died(worker, error));
    worker.on('exit', (code) =>
      this.died(worker, new Error(`the background commit thread exited (${code})`)),
    );
    return worker;
  }

  private answered(answer: BatchAnswer): void {
    const batch = this.pending.shift();
    if (this.pending.length === 0) this.worker?.unref();
    if (!batch) return;
    if ('committed' in answer) batch.resolve();
    else if ('failedCheck' in answer) batch.reject(new BatchCheckFailed(answer.failedCheck));
    else {
      // Made here, so its stack names the read store rather than the thread.
      const { message, name, code } = answer.error;
      batch.reject(Object.assign(new Error(message), { name }, code && { code }));
    }
  }

  private died(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.lost(error);
  }

  private lost(error: Error): void {
    for (const batch of this.pending.splice(0)) batch.reject(error);
  }
}
