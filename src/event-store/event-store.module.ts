import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_STORE, type EventStore } from './event-store';
import { EventSchemas } from './event-schemas';
import { openEventStore } from './open-event-store';
import { SchemaValidatingEventStore } from './schema-validating-event-store';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from '../personal-data/personal-data-keys';
import { PersonalDataProtectingEventStore } from '../personal-data/personal-data-protecting-event-store';

const ADAPTER = Symbol('EventStoreAdapter');

/**
 * The event store every part of the service uses: the configured adapter, behind schema
 * validation, behind the encryption of personal data (so schemas check what is stored). The
 * write side adds, for its appends, the cut-off ordering.
 */
@Global()
@Module({
  imports: [PersonalDataModule],
  providers: [
    { provide: ADAPTER, inject: [CONFIG], useFactory: (config: Config) => openEventStore(config) },
    {
      provide: EVENT_STORE,
      inject: [ADAPTER, PERSONAL_DATA_KEYS],
      useFactory: (adapter: EventStore, keys: PersonalDataKeys) =>
        new PersonalDataProtectingEventStore(
          new SchemaValidatingEventStore(adapter, EventSchemas.load()),
          keys,
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
