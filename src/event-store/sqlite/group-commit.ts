import type { DatabaseSync } from 'node:sqlite';

interface Job<T> {
  readonly work: () => T;
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
}

type Outcome<T> = { readonly job: Job<T> } & (
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error }
);

/**
 * Group commit: the jobs submitted while a batch is pending run together on the next turn of
 * the event loop, in one `BEGIN IMMEDIATE` transaction, so fifty concurrent appends pay for one
 * commit instead of fifty. Each job runs in a savepoint of its own: a job that throws is rolled
 * back alone and the others commit. Nothing resolves before the commit, and the whole batch runs
 * synchronously, so no reader ever sees part of it.
 */
export class GroupCommit<T> {
  private queue: Job<T>[] = [];

  constructor(
    private readonly db: DatabaseSync,
    private readonly committed: () => void,
  ) {}

  run(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // setImmediate, not a timer: a lone append waits only for the current turn to end.
      if (this.queue.push({ work, resolve, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  /** Writes what is pending now; also called before the database closes. */
  flush(): void {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome<T>[];
    try {
      outcomes = this.inOneTransaction(batch);
    } catch (error) {
      for (const job of batch) job.reject(asError(error));
      return;
    }
    if (outcomes.some((outcome) => outcome.ok)) this.committed();
    for (const outcome of outcomes)
      if (outcome.ok) outcome.job.resolve(outcome.value);
      else outcome.job.reject(outcome.error);
  }

  private inOneTransaction(batch: readonly Job<T>[]): Outcome<T>[] {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const outcomes = batch.map((job) => this.inSavepoint(job));
      this.db.exec('COMMIT');
      return outcomes;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private inSavepoint(job: Job<T>): Outcome<T> {
    this.db.exec('SAVEPOINT job');
    try {
      const value = job.work();
      this.db.exec('RELEASE job');
      return { job, ok: true, value };
    } catch (error) {
      this.db.exec('ROLLBACK TO job; RELEASE job');
      return { job, ok: false, error: asError(error) };
    }
  }
}

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));
