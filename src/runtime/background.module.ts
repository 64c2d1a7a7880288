import { type DynamicModule, Module } from '@nestjs/common';
import { sharedModule } from '../app.module';
import type { Config } from '../config/config';
import { EventStoreModule } from '../event-store/event-store.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { FileStoreModule } from '../file-store/file-store.module';
import { ALL_PROJECTIONS } from '../read/all-projections';
import { ProjectionsModule } from '../projections/projections.module';
import { ReactorsModule } from '../reactors/reactors.module';
import { RenderingModule } from '../rendering/rendering.module';
import { CommandHandlingModule } from '../write/command-handling/command-handling.module';

/**
 * The work the log drives, without HTTP: the projection pipeline and the reactors, on stores
 * of their own. What the background child process runs beside the HTTP service.
 */
@Module({})
export class BackgroundModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: BackgroundModule,
      imports: [
        sharedModule(config),
        EventStoreModule,
        PersonalDataModule,
        ProjectionsModule.forRoot(ALL_PROJECTIONS),
        FileStoreModule,
        RenderingModule,
        CommandHandlingModule,
        ReactorsModule,
      ],
    };
  }
}
