import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_STORE, type EventStore } from './event-store';
import { openEventStore } from './open-event-store';

/**
 * The event store adapter the configuration names. The append path writes through it; readers
 * read the log opened with the learners' keys (`EVENT_LOG`, see the personal-data module).
 */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        openEventStore(config, (details, message) =>
          new Logger('event-store').warn({ message, ...details }),
        ),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
