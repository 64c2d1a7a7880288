import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Hashed {
  readonly size: number;
  readonly sha256: string;
}

export type CopyTask =
  | { readonly id: number; readonly kind: 'hash'; readonly file: string }
  | { readonly id: number; readonly kind: 'copy'; readonly copies: readonly [string, string][] };

export type CopyAnswer =
  | { readonly id: number; readonly hashed: readonly (Hashed | null)[] }
  | { readonly id: number; readonly error: { readonly message: string; readonly code?: string } };

interface Queued {
  readonly task: CopyTask;
  readonly answer: (answer: CopyAnswer) => void;
}

/** Files a copy task holds: small enough that the threads finish together, large enough to batch. */
const FILES_A_TASK = 250;

/**
 * Threads of their own that copy and hash files (copy-worker.ts), taking tasks from one queue as
 * each becomes free: the log's hash and the files' copies spread over the cores while this
 * thread waits.
 */
export class CopyThreads {
  private readonly idle: Worker[] = [];
  private readonly queue: Queued[] = [];
  private readonly busy = new Map<Worker, Queued>();
  private readonly workers: Worker[];
  private next = 0;
  private failed: Error | undefined;

  constructor(count: number) {
    // Beside this module: copy-worker.js once compiled, copy-worker.ts when run from the sources.
    const file = join(__dirname, `copy-worker${extname(__filename)}`);
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(file);
      worker.on('message', (answer: CopyAnswer) => {
        this.busy.get(worker)?.answer(answer);
        this.busy.delete(worker);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`a copy thread exited (${code})`)));
      return worker;
    });
    this.idle.push(...this.workers);
  }

  /** The size and SHA-256 of a file. */
  async hash(file: string): Promise<Hashed> {
    const [hashed] = await this.ask({ id: this.next++, kind: 'hash', file });
    return hashed!;
  }

  /**
   * Copies each `[from, to]` (`to` new, its folder made) with the size and SHA-256 of the bytes
   * written, in order; null for a file gone since it was listed.
   */
  async copy(copies: readonly [string, string][]): Promise<(Hashed | null)[]> {
    const tasks: Promise<readonly (Hashed | null)[]>[] = [];
    for (let from = 0; from < copies.length; from += FILES_A_TASK)
      tasks.push(
        this.ask({
          id: this.next++,
          kind: 'copy',
          copies: copies.slice(from, from + FILES_A_TASK),
        }),
      );
    return (await Promise.all(tasks)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        worker.removeAllListeners('exit');
        return worker.terminate();
      }),
    );
  }

  private ask(task: CopyTask): Promise<readonly (Hashed | null)[]> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({
        task,
        answer: (answer) => {
          if ('hashed' in answer) return resolve(answer.hashed);
          reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
        },
      });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const queued = this.queue.shift()!;
      this.busy.set(worker, queued);
      worker.postMessage(queued.task);
    }
  }

  private fail(error: Error): void {
    this.failed = error;
    for (const queued of [...this.busy.values(), ...this.queue.splice(0)])
      queued.answer({ id: -1, error: { message: error.message } });
    this.busy.clear();
  }
}
