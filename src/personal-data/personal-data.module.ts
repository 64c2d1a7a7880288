import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { EVENT_LOG, EVENT_STORE, type EventStore } from '../event-store/event-store';
import { EventStoreModule } from '../event-store/event-store.module';
import { ErasureJournal } from './erasure-journal';
import { destroyKeysOfErased, erasuresInLog } from './erasures-in-log';
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
    {
      provide: ErasureJournal,
      inject: [CONFIG],
      useFactory: (config: Config) => new ErasureJournal(config.ERASURE_JOURNAL),
    },
  ],
  exports: [PERSONAL_DATA_KEYS, EVENT_LOG, ErasureJournal],
})
export class PersonalDataModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Before the first request: a learner erased in the log has no key, whatever backup the key
   * store came from (SPEC: a restored backup never brings an erased learner back).
   */
  async onApplicationBootstrap(): Promise<void> {
    const destroyed = await destroyKeysOfErased(await erasuresInLog(this.store), this.keys);
    if (destroyed > 0)
      new Logger('personal-data').warn({
        message: 'destroyed the keys the key store still held for learners erased in the log',
        destroyed,
      });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}
