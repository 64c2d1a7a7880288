import {
  type BeforeApplicationShutdown,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Config } from '../config/config';
import type { EventStore, RecordedEvent } from '../event-store/event-store';
import type { ReadStore } from '../read-store/read-store';
import { ReactorCheckpoints } from './reactor-checkpoints';
import { runSupervised } from './run-supervised';

/**
 * A reactor that handles its events one at a time, in log order, from its checkpoint: started
 * with the application when reactors run, restarted after a failure, stopped before shutdown.
 */
export abstract class ReactorInLogOrder<E extends RecordedEvent>
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  protected readonly logger: Logger;
  protected readonly stopping = new AbortController();
  protected readonly checkpoints: ReactorCheckpoints;
  private running: Promise<void> | undefined;

  protected constructor(
    private readonly name: string,
    /** What the log says when a run fails, before it resumes from the checkpoint. */
    private readonly failure: string,
    protected readonly events: EventStore,
    store: ReadStore,
    private readonly config: Config,
  ) {
    this.logger = new Logger(name);
    this.checkpoints = new ReactorCheckpoints(store);
  }

  /** The events this reactor acts on; the checkpoint moves past every other one. */
  protected abstract readonly handles: (event: RecordedEvent) => event is E;

  /** False when the service stops before the event is settled; it is redone at the next start. */
  protected abstract react(event: E): Promise<boolean>;

  onApplicationBootstrap(): void {
    if (this.config.REACTORS === 'run')
      this.running = runSupervised(
        this.stopping.signal,
        () => this.follow(),
        (error, failures) => this.logger.warn({ err: error, failures, message: this.failure }),
      );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async follow(): Promise<void> {
    const signal = this.stopping.signal;
    const after = await this.checkpoints.load(this.name);
    for await (const page of this.events.subscribeAllPages({ after, signal })) {
      for (const event of page) {
        if (this.handles(event) && !(await this.react(event))) return;
        await this.checkpoints.save(this.name, event.position);
      }
    }
  }
}
