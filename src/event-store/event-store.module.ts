import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_STORE, type EventStore } from './event-store';
import { openEventStore } from './open-event-store';
import { serviceEventStore } from './service-event-store';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from '../personal-data/personal-data-keys';

const ADAPTER = Symbol('EventStoreAdapter');

/**
 * The event store every part of the service uses (see `serviceEventStore`). The write side
 * adds, for its appends, the cut-off ordering.
 */
@Global()
@Module({
  imports: [PersonalDataModule],
  providers: [
    {
      provide: ADAPTER,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        openEventStore(config, (details, message) =>
          new Logger('event-store').warn({ message, ...details }),
        ),
    },
    {
      provide: EVENT_STORE,
      inject: [ADAPTER, PERSONAL_DATA_KEYS],
      useFactory: (adapter: EventStore, keys: PersonalDataKeys) =>
        serviceEventStore(adapter, keys, (details, message) =>
          new Logger('personal-data').warn({ message, ...details }),
        ),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(ADAPTER) private readonly adapter: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.adapter.close();
  }
}
