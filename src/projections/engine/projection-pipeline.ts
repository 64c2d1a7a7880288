import { EventEmitter } from 'node:events';
import { sleep } from '../../core/sleep';
import type { EventStore } from '../../event-store/event-store';
import type { ReadStore } from '../../read-store/read-store';
import type { Projection } from '../projection';
import { applyPage, CheckpointMoved, type PageTarget } from './apply-page';
import { activeGeneration, ensureActiveGeneration, readCheckpoint } from './generations';
import { inTransactions } from './transactions';

export interface PipelineLogger {
  warn(details: object, message: string): void;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps every projection up to date through one catch-up subscription: each page of the log is
 * read once and applied to all of them in one read-store transaction, with every checkpoint
 * (compare-and-set, so several processes may run pipelines on the same stores). Projections may
 * stand at different checkpoints (one was just rebuilt): the pipeline reads from the lowest and
 * each skips what it already has. It restarts from the checkpoints with growing backoff when
 * anything fails, and starts over on a rebuild's switch to a new generation.
 */
export class ProjectionPipeline {
  private readonly committed = new Map<string, bigint | undefined>();
  private readonly progress = new EventEmitter().setMaxListeners(0);
  private readonly stopping = new AbortController();
  private readonly ensured = new Set<string>();
  private running: Promise<void> | undefined;
  private failures = 0;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    readonly projections: readonly Projection[],
    private readonly logger: PipelineLogger,
  ) {}

  /** Position of the last event each projection has, as this process last saw it. */
  position(name: string): bigint | undefined {
    return this.committed.get(name);
  }

  start(): void {
    this.running ??= this.supervise();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  /** Resolves true once all the named projections have `position`, false after `timeoutMs`. */
  async waitFor(names: readonly string[], position: bigint, timeoutMs: number): Promise<boolean> {
    const reached = () => names.every((name) => (this.committed.get(name) ?? -1n) >= position);
    if (reached()) return true;
    return new Promise((resolve) => {
      const check = (): void => {
        if (reached()) finish(true);
      };
      const finish = (result: boolean): void => {
        clearTimeout(timer);
        this.progress.off('progress', check);
        resolve(result);
      };
      const timer = setTimeout(() => finish(reached()), timeoutMs);
      this.progress.on('progress', check);
    });
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
            { err: error, failures: this.failures },
            'projection pipeline failed; restarting from the checkpoints',
          );
        }
        await sleep(Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.failures), signal);
      }
    }
  }

  /** Returns when a rebuild switched a projection's generation, so the caller starts over. */
  private async follow(signal: AbortSignal): Promise<void> {
    let targets = await this.targets();
    this.advance(targets);
    const checkpoints = targets.map((target) => target.checkpoint);
    const from = checkpoints.includes(undefined)
      ? undefined
      : checkpoints.reduce((low, next) => (next! < low! ? next : low));
    for await (const page of this.events.subscribeAllPages({ after: from, signal })) {
      for (const events of inTransactions(page, this.store)) {
        const reached = await this.store.transaction(async (tx) => {
          for (const { projection, generation } of targets)
            if ((await activeGeneration(tx, projection.name)) !== generation) return null;
          return applyPage(tx, targets, events);
        });
        if (!reached) return;
        targets = targets.map((target, i) => ({ ...target, checkpoint: reached[i] }));
        this.advance(targets);
      }
    }
  }

  private async targets(): Promise<PageTarget[]> {
    const targets: PageTarget[] = [];
    for (const projection of this.projections) {
      const generation = await this.ensureGeneration(projection);
      const checkpoint = await readCheckpoint(this.store, projection.name, generation);
      targets.push({ projection, generation, checkpoint });
    }
    return targets;
  }

  /** Collections are ensured once per generation: DDL can abort concurrent transactions. */
  private async ensureGeneration(projection: Projection): Promise<number> {
    const active = await activeGeneration(this.store, projection.name);
    if (active !== null && this.ensured.has(`${projection.name}:${active}`)) return active;
    const generation = await ensureActiveGeneration(this.store, projection);
    this.ensured.add(`${projection.name}:${generation}`);
    return generation;
  }

  private advance(targets: readonly PageTarget[]): void {
    for (const { projection, checkpoint } of targets)
      this.committed.set(projection.name, checkpoint);
    this.progress.emit('progress');
  }
}
