import { EventEmitter } from 'node:events';
import { sleep } from '../../core/sleep';
import type { EventStore } from '../../event-store/event-store';
import type { ReadStore } from '../../read-store/read-store';
import type { Projection } from '../projection';
import { applyBatch, CheckpointMoved } from './apply-batch';
import { activeGeneration, ensureActiveGeneration, readCheckpoint } from './generations';

export interface RunnerLogger {
  warn(details: object, message: string): void;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps one projection up to date: a catch-up subscription over the whole log from the
 * projection's checkpoint, a page at a time, strictly in order. It restarts from its checkpoint
 * with growing backoff when anything fails, and follows a rebuild's switch to a new generation.
 */
export class ProjectionRunner {
  private committed: bigint | undefined;
  private generation = 0;
  private readonly progress = new EventEmitter().setMaxListeners(0);
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;
  private failures = 0;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    readonly projection: Projection,
    private readonly logger: RunnerLogger,
  ) {}

  /** Position of the last event this process applied, or read from the checkpoint. */
  get position(): bigint | undefined {
    return this.committed;
  }

  start(): void {
    this.running ??= this.supervise();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  /** Resolves true once the projection has applied `position`, false after `timeoutMs`. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return true;
    return new Promise((resolve) => {
      const check = (): void => {
        if (!this.reached(position)) return;
        finish(true);
      };
      const finish = (result: boolean): void => {
        clearTimeout(timer);
        this.progress.off('progress', check);
        resolve(result);
      };
      const timer = setTimeout(() => finish(this.reached(position)), timeoutMs);
      this.progress.on('progress', check);
    });
  }

  private reached(position: bigint): boolean {
    return this.committed !== undefined && this.committed >= position;
  }

  private async supervise(): Promise<void> {
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      try {
        await this.follow(signal);
        this.failures = 0;
      } catch (error) {
        if (signal.aborted) return;
        if (!(error instanceof CheckpointMoved)) {
          this.failures++;
          this.logger.warn(
            { projection: this.projection.name, err: error, failures: this.failures },
            'projection failed; restarting from its checkpoint',
          );
        }
        await sleep(Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.failures), signal);
      }
    }
  }

  /** Returns when a rebuild switched the active generation, so the caller starts over. */
  private async follow(signal: AbortSignal): Promise<void> {
    this.generation = await ensureActiveGeneration(this.store, this.projection);
    let position = await readCheckpoint(this.store, this.projection.name, this.generation);
    this.advance(position);
    const pages = this.events.subscribeAllPages({ after: position, signal });
    for await (const page of pages) {
      if ((await activeGeneration(this.store, this.projection.name)) !== this.generation) return;
      position = await applyBatch(this.store, this.projection, this.generation, position, page);
      this.advance(position);
    }
  }

  private advance(position: bigint | undefined): void {
    this.committed = position;
    this.progress.emit('progress');
  }
}
