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
import { READ_STORE, type ReadStore } from '../read-store/read-store';
import { ALL_PROJECTIONS } from './all-projections';
import { ProjectionRunner } from './engine/projection-runner';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string | null;
  readonly lag: string;
}

/** Runs every projection in this process, and tells how far each has got. */
@Injectable()
export class ProjectionsService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('projections');
  readonly runners: ReadonlyMap<string, ProjectionRunner>;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    const logger = {
      warn: (details: object, message: string) => this.logger.warn({ ...details, message }),
    };
    this.runners = new Map(
      ALL_PROJECTIONS.map((projection) => [
        projection.name,
        new ProjectionRunner(events, this.readStore, projection, logger),
      ]),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.PROJECTIONS === 'run')
      for (const runner of this.runners.values()) runner.start();
  }

  /** Finishes the batches in flight before any store closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readStore.close();
  }

  /** Whether all the named projections reach `position` within `timeoutMs`. */
  async waitFor(names: readonly string[], position: bigint, timeoutMs: number): Promise<boolean> {
    const runners = names.map((name) => this.runners.get(name)!);
    const reached = await Promise.all(runners.map((runner) => runner.waitFor(position, timeoutMs)));
    return reached.every(Boolean);
  }

  async status(): Promise<{ head: bigint; projections: ProjectionStatus[] }> {
    const head = (await this.events.headPosition()) ?? 0n;
    const projections = [...this.runners.values()].map((runner) => {
      const checkpoint = runner.position;
      const lag = head - (checkpoint ?? 0n);
      return {
        name: runner.projection.name,
        checkpoint: checkpoint === undefined ? null : checkpoint.toString(),
        lag: (lag > 0n ? lag : 0n).toString(),
      };
    });
    return { head, projections };
  }
}
