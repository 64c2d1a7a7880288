import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { openPersonalDataKeys } from './open-personal-data-keys';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from './personal-data-keys';

/** The learners' keys, for the event store's encryption and for erasure. */
@Global()
@Module({
  providers: [
    {
      provide: PERSONAL_DATA_KEYS,
      inject: [CONFIG],
      useFactory: (config: Config) => openPersonalDataKeys(config),
    },
  ],
  exports: [PERSONAL_DATA_KEYS],
})
export class PersonalDataModule implements OnApplicationShutdown {
  constructor(@Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys) {}

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}
