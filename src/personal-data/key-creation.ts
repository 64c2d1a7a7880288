import type { Worker } from 'node:worker_threads';
import { closeThread, moduleThread } from '../core/module-thread';
import type { LearnerRef } from './personal-data-keys';

/** What the thread opens: the key store's file, with the key store's own settings. */
export interface KeyCreationSetup {
  readonly file: string;
  readonly pragmas: string;
}

/** A batch of learners to create keys for, as `[tenant, learnerId]`. */
export interface KeysAsked {
  readonly learners: readonly (readonly [string, string])[];
}

/** Each learner's key once committed (null for a tombstone), in order; or why none was. */
export type KeysCreated =
  | { readonly keys: readonly (Uint8Array | null)[] }
  | { readonly error: { readonly message: string; readonly name: string; readonly code?: string } };

/** Creates one learner's key in this thread, resolving once it is committed. */
export type CreateHere = (learner: LearnerRef) => Promise<Buffer | null>;

interface Asked {
  readonly learner: LearnerRef;
  readonly resolve: (key: Buffer | null) => void;
  readonly reject: (error: Error) => void;
}

/**
 * How new keys are written, each batch in one transaction whose commit syncs the file before
 * any of its keys is handed out. The keys asked for in one turn of the event loop go together.
 * A lone key is written here, as before: sequential first profiles have nothing to overlap
 * with its sync, and a thread's round trip would only add to it. Several go to a thread of
 * their own (key-creation-worker.ts, started on the first batch): while its commit syncs, this
 * thread goes on sealing and appending the events whose keys exist, and the keys asked for
 * meanwhile make up the next batch, sent as soon as it answers. Without `thread` (a store in
 * memory, which another thread cannot reach), every batch is written here.
 */
export class KeyCreation {
  private worker: Worker | undefined;
  private queue: Asked[] = [];
  private writing: Asked[] = [];
  private scheduled = false;
  private drained: (() => void) | undefined;
  private closed: Promise<void> | undefined;

  constructor(
    private readonly here: CreateHere,
    private readonly thread?: KeyCreationSetup,
  ) {}

  /** The learner's key, durable once this resolves; null if the learner has a tombstone. */
  create(learner: LearnerRef): Promise<Buffer | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ learner, resolve, reject });
      if (this.writing.length > 0 || this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.send();
      });
    });
  }

  /** Writes the keys still asked for, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }

  private async stop(): Promise<void> {
    this.send();
    if (this.writing.length > 0) await new Promise<void>((done) => (this.drained = done));
    this.drained = undefined;
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    await closeThread(worker);
  }

  private send(): void {
    if (this.writing.length > 0 || this.queue.length === 0) return;
    if (!this.thread || this.queue.length === 1) {
      for (const { learner, resolve, reject } of this.queue.splice(0))
        this.here(learner).then(resolve, reject);
      return;
    }
    [this.writing, this.queue] = [this.queue, []];
    const worker = (this.worker ??= this.started(this.thread));
    // Held open only while a batch is out: an idle key store does not keep the process alive.
    worker.ref();
    worker.postMessage({
      learners: this.writing.map(({ learner }) => [learner.tenant, learner.learnerId]),
    } satisfies KeysAsked);
  }

  private started(setup: KeyCreationSetup): Worker {
    const worker = moduleThread(__filename, 'key-creation-worker', setup);
    worker.on('message', (created: KeysCreated) => this.answered(created));
    worker.on('error', (error: Error) => this.lost(worker, error));
    worker.on('exit', (code) =>
      this.lost(worker, new Error(`the key creation thread exited (${code})`)),
    );
    return worker;
  }

  private answered(created: KeysCreated): void {
    const batch = this.writing;
    this.writing = [];
    this.worker?.unref();
    if ('keys' in created)
      batch.forEach((asked, i) => {
        const key = created.keys[i];
        asked.resolve(key ? Buffer.from(key) : null);
      });
    else {
      // Made here, so its stack names the key store rather than the thread.
      const { message, name, code } = created.error;
      const failure = Object.assign(new Error(message), { name }, code && { code });
      for (const asked of batch) asked.reject(failure);
    }
    this.next();
  }

  /** A thread that died fails its batch; the next batch starts a new one. */
  private lost(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const batch = this.writing;
    this.writing = [];
    for (const asked of batch) asked.reject(error);
    this.next();
  }

  private next(): void {
    this.send();
    if (this.writing.length === 0) this.drained?.();
  }
}
