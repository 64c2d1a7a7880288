import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_STORE, type EventStore } from '../event-store/event-store';
import { type EventsBehind, eventsBehind } from '../event-store/events-behind';
import { READ_STORE, type ReadStore } from '../read-store/read-store';
import { ALL_PROJECTIONS } from './all-projections';
import { ProjectionPipeline } from './engine/projection-pipeline';
import { activeGeneration, readCheckpoint } from './engine/generations';
import { sleep } from '../core/sleep';

/** How often a read waiting for projections that another process runs looks again. */
const CHECKPOINT_POLL_MS = 10;

/** Lag beyond this many events is reported as this many: enough to say "far behind". */
const LAG_COUNTED_UP_TO = 10_000;

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string | null;
  readonly lag: string;
}

/** Runs every projection in this process (one pipeline), and tells how far each has got. */
@Injectable()
export class ProjectionsService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('projections');
  readonly pipeline: ProjectionPipeline;
  private readonly stopping = new AbortController();

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    const logger = {
      warn: (details: object, message: string) => this.logger.warn({ ...details, message }),
    };
    this.pipeline = new ProjectionPipeline(events, this.readStore, ALL_PROJECTIONS, logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.PROJECTIONS === 'run') this.pipeline.start();
  }

  /** Finishes the batches in flight before any store closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.pipeline.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readStore.close();
  }

  /**
   * Whether all the named projections reach `position` within `timeoutMs`. When another process
   * runs them (PROJECTIONS=off), their checkpoints in the read store tell.
   */
  async waitFor(names: readonly string[], position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.config.PROJECTIONS === 'run') return this.pipeline.waitFor(names, position, timeoutMs);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await Promise.all(names.map((name) => this.storedCheckpoint(name)));
      if (checkpoints.every((checkpoint) => checkpoint !== undefined && checkpoint >= position))
        return true;
      // Stopping: answer now (stale) rather than poll a store about to close until the deadline.
      if (Date.now() >= deadline || this.stopping.signal.aborted) return false;
      await sleep(Math.min(CHECKPOINT_POLL_MS, deadline - Date.now()), this.stopping.signal);
    }
  }

  private async storedCheckpoint(name: string): Promise<bigint | undefined> {
    const generation = await activeGeneration(this.readStore, name);
    return generation === null ? undefined : readCheckpoint(this.readStore, name, generation);
  }

  async status(): Promise<{ head: bigint; projections: ProjectionStatus[] }> {
    const head = (await this.events.headPosition()) ?? 0n;
    // Counted, not subtracted: KurrentDB's positions are byte offsets. Projections share the
    // pipeline's checkpoint, so each distinct one is counted once.
    const behind = new Map<bigint | undefined, Promise<EventsBehind>>();
    const projections = await Promise.all(
      ALL_PROJECTIONS.map(async ({ name }) => {
        const checkpoint =
          this.config.PROJECTIONS === 'run'
            ? this.pipeline.position(name)
            : await this.storedCheckpoint(name);
        if (!behind.has(checkpoint))
          behind.set(checkpoint, eventsBehind(this.events, checkpoint, LAG_COUNTED_UP_TO));
        const { events } = await behind.get(checkpoint)!;
        return {
          name,
          checkpoint: checkpoint === undefined ? null : checkpoint.toString(),
          lag: String(events),
        };
      }),
    );
    return { head, projections };
  }
}
