import type { DatabaseSync, StatementSync } from 'node:sqlite';

interface Job<T> {
  readonly work: () => T;
  readonly oneStatement: boolean;
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
}

type Outcome<T> = { readonly job: Job<T> } & (
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error }
);

/**
 * Group commit: the jobs submitted while a batch is pending run together on the next turn of
 * the event loop, in one `BEGIN IMMEDIATE` transaction, so fifty concurrent appends (or new
 * learners' keys) pay for one commit instead of fifty. Each job runs in a savepoint of its own
 * (or is a single statement, which SQLite makes atomic anyway): a job that throws is rolled back
 * alone and the others commit. Nothing resolves before the commit, and the whole batch runs
 * synchronously, so no reader ever sees part of it.
 */
export class GroupCommit<T> {
  private queue: Job<T>[] = [];
  private readonly savepoint: StatementSync;
  private readonly release: StatementSync;

  /**
   * `failedBatch` gives a batch's failure (the commit itself, on a full disk or a broken file) to
   * every job of it, as the owner wants it thrown: from its own code, so the stack names it.
   */
  constructor(
    private readonly db: DatabaseSync,
    private readonly committed: () => void = () => {},
    private readonly failedBatch: (error: Error) => Error = (error) => error,
  ) {
    this.savepoint = db.prepare('SAVEPOINT job');
    this.release = db.prepare('RELEASE job');
  }

  /**
   * `oneStatement`: the job writes with one statement at most, which SQLite undoes alone when it
   * fails, so it needs no savepoint (a fifth of the time of a batch of single-event appends).
   */
  run(work: () => T, oneStatement = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // setImmediate, not a timer: a lone append waits only for the current turn to end.
      if (this.queue.push({ work, oneStatement, resolve, reject }) === 1)
        setImmediate(() => this.flush());
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
      const failure = this.failedBatch(asError(error));
      for (const job of batch) job.reject(failure);
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
      const outcomes = batch.map((job) => this.alone(job));
      this.db.exec('COMMIT');
      return outcomes;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private alone(job: Job<T>): Outcome<T> {
    if (!job.oneStatement) this.savepoint.run();
    try {
      const value = job.work();
      if (!job.oneStatement) this.release.run();
      return { job, ok: true, value };
    } catch (error) {
      // Some errors (disk full, I/O) make SQLite give up the whole transaction: the batch fails.
      if (!this.db.isTransaction) throw error;
      if (!job.oneStatement) this.db.exec('ROLLBACK TO job; RELEASE job');
      return { job, ok: false, error: asError(error) };
    }
  }
}

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));
