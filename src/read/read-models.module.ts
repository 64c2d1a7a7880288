import { Module } from '@nestjs/common';
import { ReadModels } from './read-models';

/** The read models without the query endpoints: what reactors read from. */
@Module({ providers: [ReadModels], exports: [ReadModels] })
export class ReadModelsModule {}
