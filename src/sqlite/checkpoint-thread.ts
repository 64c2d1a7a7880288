import type { Worker } from 'node:worker_threads';
import { moduleThread } from '../core/module-thread';

/** How long after a commit the thread is asked to copy what was committed since its last pass. */
const AFTER_COMMIT_MS = 50;

/**
 * Checkpoints of a WAL database on a thread of its own (checkpoint-worker.ts). A writer's own
 * checkpoint runs inside the commit that crosses its threshold: for the event log under load,
 * copying 10,000 pages held the event loop for 40–75 ms twice a second, the slowest answers
 * of all. Asked within a moment of each commit, the thread copies the few pages committed since
 * its last pass while this thread goes on; the writer's own checkpoint stays as the backstop and
 * finds next to nothing left to copy, and, being the writer's, lets the next transaction start
 * the WAL over (a checkpoint racing the writer rarely sees the WAL whole). A thread that fails
 * is not started again: the writer's checkpoints go on as before.
 */
export class CheckpointThread {
  private worker: Worker | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** A pass is under way in the thread. */
  private checkpointing = false;
  /** Commits since the last pass was asked for. */
  private due = false;
  private failed = false;
  private closed: Promise<void> | undefined;

  constructor(private readonly file: string) {}

  /** After each commit: a pass follows soon, or right after the one under way. */
  committed(): void {
    if (this.failed || this.closed) return;
    this.due = true;
    if (this.timer || this.checkpointing) return;
    this.timer = setTimeout(() => this.ask(), AFTER_COMMIT_MS);
    this.timer.unref();
  }

  /** Lets a pass under way end, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }

  private ask(): void {
    this.timer = undefined;
    if (!this.due || this.checkpointing || this.failed || this.closed) return;
    this.due = false;
    this.checkpointing = true;
    (this.worker ??= this.started()).postMessage('checkpoint');
  }

  private started(): Worker {
    const worker = moduleThread(__filename, 'checkpoint-worker', { file: this.file });
    // An idle database does not keep the process alive.
    worker.unref();
    worker.on('message', () => {
      this.checkpointing = false;
      if (this.due) this.committed();
    });
    worker.on('error', () => this.lost());
    worker.on('exit', () => this.lost());
    return worker;
  }

  private lost(): void {
    this.failed = true;
    this.worker = undefined;
    this.checkpointing = false;
  }

  private async stop(): Promise<void> {
    clearTimeout(this.timer);
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    worker.removeAllListeners();
    const exited = new Promise((done) => worker.once('exit', done));
    // Held open until it has exited: a closing process waits for its database to be closed.
    worker.ref();
    // Messages are handled in order: the pass under way, if any, ends before the close.
    worker.postMessage('close');
    await exited;
  }
}
