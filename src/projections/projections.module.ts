import { type DynamicModule, Global, Module } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { openReadStore } from '../read-store/open-read-store';
import { READ_STORE } from '../read-store/read-store';
import type { Projection } from './projection';
import { PROJECTIONS_TO_RUN, ProjectionsService } from './projections.service';

/** The read store, and the projections that keep it up to date from the log. */
@Global()
@Module({})
export class ProjectionsModule {
  static forRoot(projections: readonly Projection[]): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        {
          provide: READ_STORE,
          inject: [CONFIG],
          useFactory: (config: Config) => openReadStore(config),
        },
        { provide: PROJECTIONS_TO_RUN, useValue: projections },
        ProjectionsService,
      ],
      exports: [READ_STORE, ProjectionsService],
    };
  }
}
