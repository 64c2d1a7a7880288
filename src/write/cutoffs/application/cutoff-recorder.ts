import type { Clock } from '../../../core/clock';
import { deterministicId } from '../../../core/deterministic-id';
import type { EventStore } from '../../../event-store/event-store';
import { WriteModel } from '../../command-handling/write-model';
import { PLATFORM_TENANT, streams } from '../../../core/stream-names';
import { dailyCutoffs, nextDueCutoff } from '../domain/daily-cutoffs';

/**
 * Appends the daily cut-off markers that are due. Called before every append (so an event
 * recorded after midnight always lands after that midnight's marker), by the scheduler, and
 * by the test clock. The next due time is cached, so the usual call costs one comparison.
 * Several instances may race: marker ids derive from the day and appends are conditional, so
 * each marker is written once.
 */
export class CutoffRecorder {
  private nextDue: Date | null = null;
  private logStartedAt: Date | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  /** Over the store beneath the cut-off ordering, which calls this recorder before appending. */
  private readonly write: WriteModel;

  constructor(
    private readonly store: EventStore,
    clock: Clock,
  ) {
    this.write = new WriteModel(store, clock);
  }

  recordDue(now: Date): Promise<void> {
    if (this.nextDue && now < this.nextDue) return Promise.resolve();
    const run = this.inFlight.then(() => this.record(now));
    this.inFlight = run.catch(() => undefined);
    return run;
  }

  private async record(now: Date): Promise<void> {
    if (this.nextDue && now < this.nextDue) return;
    this.logStartedAt ??= await this.firstEventTime();
    const outcome = await this.write.execute(
      streams.cutoffs(),
      dailyCutoffs,
      {
        commandId: deterministicId(`cutoffs/${now.toISOString()}`),
        tenant: PLATFORM_TENANT,
        actor: { id: 'system:cutoff-scheduler', roles: [] },
        correlationId: deterministicId(`cutoffs/${now.toISOString()}`),
        causationId: deterministicId(`cutoffs/${now.toISOString()}`),
      },
      () => ({ type: 'RecordDailyCutoff' as const, now, logStartedAt: this.logStartedAt }),
      (event) => deterministicId(`DailyCutoffPassed/${event.data.day}`),
    );
    this.nextDue = nextDueCutoff(outcome.state, this.logStartedAt, now);
  }

  private async firstEventTime(): Promise<Date | null> {
    const [first] = await this.store.readAll({ limit: 1 });
    return first ? new Date(first.metadata.occurredAt) : null;
  }
}
