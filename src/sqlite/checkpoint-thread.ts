import type { Worker } from 'node:worker_threads';
import { closeThread, moduleThread } from '../core/module-thread';

/** The least time between two passes the thread is asked for. */
const BETWEEN_PASSES_MS = 50;

/**
 * Checkpoints of a WAL database on a thread of its own (checkpoint-worker.ts). A writer's own
 * checkpoint runs inside the commit that crosses its threshold: for the event log under load,
 * copying 10,000 pages held the event loop for 40–75 ms twice a second, the slowest answers of
 * all; in a rebuild of the read models, 0.3–0.5 s at a time. Asked at a commit (at most every
 * 50 ms), the thread copies the pages committed since its last pass while this thread goes on;
 * the writer's own checkpoint stays as the backstop and finds next to nothing left to copy, and,
 * being the writer's, lets the next transaction start the WAL over (a checkpoint racing the
 * writer rarely sees the WAL whole). Whether a pass is under way is a flag in shared memory, not
 * a message: a rebuild applies page after page without giving its event loop a turn. A thread
 * that fails is not started again: the writer's checkpoints go on as before.
 */
export class CheckpointThread {
  private worker: Worker | undefined;
  /** 1 while the thread checkpoints; the thread clears it when its pass is done. */
  private readonly passing = new Int32Array(new SharedArrayBuffer(4));
  private lastAsked = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private failed = false;
  private closed: Promise<void> | undefined;

  constructor(private readonly file: string) {}

  /** After each commit: a pass now, or once the one under way is done and 50 ms have passed. */
  committed(): void {
    if (this.failed || this.closed) return;
    const now = performance.now();
    if (Atomics.load(this.passing, 0) === 0 && now - this.lastAsked >= BETWEEN_PASSES_MS) {
      this.lastAsked = now;
      Atomics.store(this.passing, 0, 1);
      (this.worker ??= this.started()).postMessage('checkpoint');
      return;
    }
    // Pages committed meanwhile: looked at again soon, should no other commit come.
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.committed();
    }, BETWEEN_PASSES_MS).unref();
  }

  /** Lets a pass under way end, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }

  private started(): Worker {
    const worker = moduleThread(__filename, 'checkpoint-worker', {
      file: this.file,
      passing: this.passing,
    });
    // An idle database does not keep the process alive.
    worker.unref();
    worker.on('error', () => this.lost());
    worker.on('exit', () => this.lost());
    return worker;
  }

  private lost(): void {
    this.failed = true;
    this.worker = undefined;
  }

  private async stop(): Promise<void> {
    clearTimeout(this.timer);
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    // The pass under way, if any, ends first.
    await closeThread(worker);
  }
}
