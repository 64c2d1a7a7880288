import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_LOG, EVENT_STORE, type EventStore } from '../event-store/event-store';
import { EventStoreModule } from '../event-store/event-store.module';
import { OpenedEventLog } from './opened-event-log';
import { openPersonalDataKeys } from './open-personal-data-keys';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from './personal-data-keys';

/**
 * The learners' keys (for the append path's sealing and for erasure) and the log as every
 * reader reads it: profiles opened under those keys.
 */
@Global()
@Module({
  imports: [EventStoreModule],
  providers: [
    {
      provide: PERSONAL_DATA_KEYS,
      inject: [CONFIG],
      useFactory: (config: Config) => openPersonalDataKeys(config),
    },
    {
      provide: EVENT_LOG,
      inject: [EVENT_STORE, PERSONAL_DATA_KEYS],
      useFactory: (store: EventStore, keys: PersonalDataKeys) =>
        new OpenedEventLog(store, keys, ({ eventId, stream, position }) =>
          new Logger('personal-data').warn({
            message:
              "a sealed learner profile does not open under its learner's key: read as erased",
            eventId,
            stream,
            position: String(position),
          }),
        ),
    },
  ],
  exports: [PERSONAL_DATA_KEYS, EVENT_LOG],
})
export class PersonalDataModule implements OnApplicationShutdown {
  constructor(@Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys) {}

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}
