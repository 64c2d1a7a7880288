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
    await this.pipeline.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readStore.close();
  }

  /** Whether all the named projections reach `position` within `timeoutMs`. */
  waitFor(names: readonly string[], position: bigint, timeoutMs: number): Promise<boolean> {
    return this.pipeline.waitFor(names, position, timeoutMs);
  }

  async status(): Promise<{ head: bigint; projections: ProjectionStatus[] }> {
    const head = (await this.events.headPosition()) ?? 0n;
    // Counted, not subtracted: KurrentDB's positions are byte offsets. Projections share the
    // pipeline's checkpoint, so each distinct one is counted once.
    const behind = new Map<bigint | undefined, Promise<EventsBehind>>();
    const projections = await Promise.all(
      ALL_PROJECTIONS.map(async ({ name }) => {
        const checkpoint = this.pipeline.position(name);
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
