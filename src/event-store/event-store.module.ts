import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock';
import { CONFIG, type Config } from '../config/config';
import { CutoffOrderedEventStore } from '../write/cutoffs/application/cutoff-ordered-event-store';
import { CutoffRecorder } from '../write/cutoffs/application/cutoff-recorder';
import { EVENT_STORE, type EventStore } from './event-store';
import { EventSchemas } from './event-schemas';
import { openEventStore } from './open-event-store';
import { SchemaValidatingEventStore } from './schema-validating-event-store';

const ADAPTER = Symbol('EventStoreAdapter');
const VALIDATED = Symbol('ValidatedEventStore');

/**
 * The event store every part of the service uses: the configured adapter, behind schema
 * validation, behind the rule that due cut-off markers are appended before anything else.
 */
@Global()
@Module({
  providers: [
    { provide: ADAPTER, inject: [CONFIG], useFactory: (config: Config) => openEventStore(config) },
    {
      provide: VALIDATED,
      inject: [ADAPTER],
      useFactory: (adapter: EventStore) =>
        new SchemaValidatingEventStore(adapter, EventSchemas.load()),
    },
    {
      provide: CutoffRecorder,
      inject: [VALIDATED, CLOCK],
      useFactory: (store: EventStore, clock: Clock) => new CutoffRecorder(store, clock),
    },
    {
      provide: EVENT_STORE,
      inject: [VALIDATED, CutoffRecorder],
      useFactory: (store: EventStore, cutoffs: CutoffRecorder) =>
        new CutoffOrderedEventStore(store, cutoffs),
    },
  ],
  exports: [EVENT_STORE, CutoffRecorder],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(ADAPTER) private readonly adapter: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.adapter.close();
  }
}
