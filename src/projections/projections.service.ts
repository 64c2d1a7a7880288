import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import {
  EVENT_LOG,
  EVENT_STORE,
  type EventLog,
  type EventStore,
  type Position,
} from '../event-store/event-store';
import { type EventsBehind, eventsBehind } from '../event-store/events-behind';
import { waitForPosition, type WaitOptions } from '../processing/checkpoint-watch';
import { LogProcessor } from '../processing/log-processor';
import { READ_STORE, type ReadStore } from '../read-store/read-store';
import { activeGeneration, readCheckpoint } from './engine/generations';
import { Projector } from './engine/projector';
import type { Projection } from './projection';

/** The projections this service runs: the read side's list, given by the module. */
export const PROJECTIONS_TO_RUN = Symbol('ProjectionsToRun');

/** Lag beyond this many events is reported as this many: enough to say "far behind". */
const LAG_COUNTED_UP_TO = 10_000;

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string | null;
  readonly lag: string;
}

/** Runs every projection in this process (one projector on the log processor), and tells how far each has got. */
@Injectable()
export class ProjectionsService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  readonly projector: Projector;
  private readonly processor: LogProcessor;
  private readonly stopping = new AbortController();
  /** The status being computed: callers that ask meanwhile (one scrape's gauges) share it. */
  private computing: Promise<{ head: bigint; projections: ProjectionStatus[] }> | undefined;

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    /** Lag is counted on the store itself: counting needs no profile opened. */
    @Inject(EVENT_STORE) private readonly store: Pick<EventStore, 'readAll' | 'headPosition'>,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(PROJECTIONS_TO_RUN) private readonly projections: readonly Projection[],
  ) {
    const logger = new Logger('projections');
    this.projector = new Projector(readStore, projections);
    this.processor = new LogProcessor(log, this.projector, {
      warn: (details, message) => logger.warn({ ...details, message }),
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.PROJECTIONS === 'run') this.processor.start();
  }

  /** Finishes the page in flight before any store closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.processor.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readStore.close();
  }

  /**
   * Whether all the named projections reach `position` (within `timeoutMs`, before `signal`
   * aborts): as this process projects them, or, when another process runs them, as their
   * stored checkpoints say.
   */
  waitFor(
    names: readonly string[],
    position: Position,
    { timeoutMs, signal }: WaitOptions = {},
  ): Promise<boolean> {
    // A query that reads no read model (the audit log reads the log) has nothing to wait for.
    if (names.length === 0) return Promise.resolve(true);
    // Stopping: answer now (stale) rather than wait on a store about to close.
    const stopping = this.stopping.signal;
    return waitForPosition(() => this.lowest(names), position, {
      timeoutMs,
      signal: signal ? AbortSignal.any([signal, stopping]) : stopping,
    });
  }

  private async lowest(names: readonly string[]): Promise<Position | undefined> {
    if (this.config.PROJECTIONS === 'run') return this.projector.lowest(names);
    let low: Position | undefined;
    for (const name of names) {
      const checkpoint = await this.storedCheckpoint(name);
      if (checkpoint === undefined) return undefined;
      if (low === undefined || checkpoint < low) low = checkpoint;
    }
    return low;
  }

  private async storedCheckpoint(name: string): Promise<Position | undefined> {
    const generation = await activeGeneration(this.readStore, name);
    return generation === null ? undefined : readCheckpoint(this.readStore, name, generation);
  }

  /** The head and each projection's checkpoint and lag; concurrent callers share one count. */
  status(): Promise<{ head: bigint; projections: ProjectionStatus[] }> {
    this.computing ??= this.computeStatus().finally(() => (this.computing = undefined));
    return this.computing;
  }

  private async computeStatus(): Promise<{ head: bigint; projections: ProjectionStatus[] }> {
    const head = (await this.store.headPosition()) ?? 0n;
    // Counted, not subtracted: KurrentDB's positions are byte offsets. Projections share the
    // projector's checkpoint, so each distinct one is counted once.
    const behind = new Map<Position | undefined, Promise<EventsBehind>>();
    const projections = await Promise.all(
      this.projections.map(async ({ name }) => {
        const checkpoint =
          this.config.PROJECTIONS === 'run'
            ? this.projector.position(name)
            : await this.storedCheckpoint(name);
        if (!behind.has(checkpoint))
          behind.set(checkpoint, eventsBehind(this.store, checkpoint, LAG_COUNTED_UP_TO));
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
