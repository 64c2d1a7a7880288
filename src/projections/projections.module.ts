import { Global, Module } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { openReadStore } from '../read-store/open-read-store';
import { READ_STORE } from '../read-store/read-store';
import { ProjectionsService } from './projections.service';

/** The read store, and the projections that keep it up to date from the log. */
@Global()
@Module({
  providers: [
    {
      provide: READ_STORE,
      inject: [CONFIG],
      useFactory: (config: Config) => openReadStore(config),
    },
    ProjectionsService,
  ],
  exports: [READ_STORE, ProjectionsService],
})
export class ProjectionsModule {}
