import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_LOG, type EventLog } from '../event-store/event-store';
import { LogProcessor } from '../processing/log-processor';
import { READ_STORE, type ReadStore } from '../read-store/read-store';
import { type Reactor, reactorConsumer } from './reactor';

/** Every reactor the service runs; the module lists them. */
export const REACTORS = Symbol('Reactors');

/**
 * Runs each reactor on a log processor of its own (so a slow render never holds up an
 * erasure), when this process runs reactors; stops them, letting the work in hand finish,
 * before the stores close.
 */
@Injectable()
export class ReactorsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly processors: LogProcessor[] = [];

  constructor(
    @Inject(REACTORS) private readonly reactors: readonly Reactor[],
    @Inject(EVENT_LOG) private readonly log: EventLog,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REACTORS !== 'run') return;
    for (const reactor of this.reactors) {
      const logger = new Logger(reactor.name);
      if (reactor.unavailable) {
        logger.error(reactor.unavailable);
        continue;
      }
      const processor = new LogProcessor(this.log, reactorConsumer(reactor, this.store), {
        warn: (details, message) => logger.warn({ ...details, message }),
      });
      processor.start();
      this.processors.push(processor);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.processors.map((processor) => processor.stop()));
  }
}
