import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { FILE_STORE, type FileStore } from './file-store';
import { openFileStore } from './open-file-store';

@Global()
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [CONFIG],
      useFactory: (config: Config) => openFileStore(config),
    },
  ],
  exports: [FILE_STORE],
})
export class FileStoreModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORE) private readonly files: FileStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.files.close();
  }
}
