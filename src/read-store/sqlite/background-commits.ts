import { OnDemandThread } from '../../core/module-thread';
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
  private readonly thread: OnDemandThread<BatchAnswer>;

  constructor(setup: BackgroundSetup) {
    this.thread = new OnDemandThread({
      callerFile: __filename,
      name: 'background-commit-worker',
      workerData: setup,
      what: 'the background commit thread',
      closedMessage: 'The read store is closed',
    });
  }

  commit(batch: TableBatch): Promise<void> {
    return this.thread.ask(batch).then(settled);
  }

  /** Lets the batches sent commit, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return this.thread.close();
  }
}

/** A batch's answer as its outcome: committed, or the error, made here so its stack names the read store. */
function settled(answer: BatchAnswer): void {
  if ('committed' in answer) return;
  if ('failedCheck' in answer) throw new BatchCheckFailed(answer.failedCheck);
  const { message, name, code } = answer.error;
  throw Object.assign(new Error(message), { name }, code && { code });
}
