import { Module } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store';
import { CutoffOrderedEventStore } from '../cutoffs/application/cutoff-ordered-event-store';
import { CutoffRecorder } from '../cutoffs/application/cutoff-recorder';
import { WriteModel } from './write-model';

/**
 * The write side's way in, without its controllers: what reactors and the test clock import.
 * Every command appends behind the rule that due cut-off markers are appended first.
 */
@Module({
  providers: [
    {
      provide: CutoffRecorder,
      inject: [EVENT_STORE, CLOCK],
      useFactory: (store: EventStore, clock: Clock) => new CutoffRecorder(store, clock),
    },
    {
      provide: WriteModel,
      inject: [EVENT_STORE, CutoffRecorder, CLOCK],
      useFactory: (store: EventStore, cutoffs: CutoffRecorder, clock: Clock) =>
        new WriteModel(new CutoffOrderedEventStore(store, cutoffs), clock),
    },
  ],
  exports: [WriteModel, CutoffRecorder],
})
export class CommandHandlingModule {}
