import { Module } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { EventSchemas } from '../../event-store/event-schemas';
import {
  EVENT_LOG,
  EVENT_STORE,
  type EventLog,
  type EventStore,
} from '../../event-store/event-store';
import { PERSONAL_DATA_KEYS, type PersonalDataKeys } from '../../personal-data/personal-data-keys';
import { CutoffRecorder } from '../cutoffs/application/cutoff-recorder';
import { type AppendPath, appendPath } from './append-path';
import { WriteModel } from './write-model';

/** The composed append path, for what appends events it did not decide (seeders of tests). */
export const APPEND_PATH = Symbol('AppendPath');

/**
 * The write side's way in, without its controllers: what reactors and the test clock import.
 * Commands read streams from the log and append through the one append path.
 */
@Module({
  providers: [
    {
      provide: APPEND_PATH,
      inject: [EVENT_STORE, EVENT_LOG, PERSONAL_DATA_KEYS],
      useFactory: (store: EventStore, log: EventLog, keys: PersonalDataKeys): AppendPath =>
        appendPath({ store, log, keys, schemas: EventSchemas.load() }),
    },
    {
      provide: CutoffRecorder,
      inject: [APPEND_PATH],
      useFactory: (path: AppendPath) => path.cutoffs,
    },
    {
      provide: WriteModel,
      inject: [EVENT_LOG, APPEND_PATH, CLOCK],
      useFactory: (log: EventLog, path: AppendPath, clock: Clock) =>
        new WriteModel(log, path.append, clock),
    },
  ],
  exports: [WriteModel, CutoffRecorder, APPEND_PATH],
})
export class CommandHandlingModule {}
