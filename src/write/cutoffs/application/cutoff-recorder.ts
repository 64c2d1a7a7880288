import { CONFLICT, backoffDelay } from '../../../core/backoff';
import { sleep } from '../../../core/sleep';
import { fold } from '../../../core/decider';
import { deterministicId } from '../../../core/deterministic-id';
import { PLATFORM_TENANT, streams } from '../../../core/stream-names';
import { withMetadata } from '../../../event-store/event-metadata';
import {
  type Append,
  type EventLog,
  type EventToAppend,
  type ExpectedRevision,
  WrongExpectedRevisionError,
} from '../../../event-store/event-store';
import type { DailyCutoffEvent } from '../../../events/daily-cutoff.events';
import { dailyCutoffs, nextDueCutoff } from '../domain/daily-cutoffs';

const ACTOR = { id: 'system:cutoff-scheduler', roles: [] };
const ATTEMPTS = 8;

/**
 * Appends the daily cut-off markers that are due. The append path calls it before every append
 * (so an event recorded after midnight always lands after that midnight's marker), and so do
 * the scheduler and the test clock. The next due time is cached, so the usual call costs one
 * comparison. Several instances may race: marker ids derive from the day and appends are
 * conditional, so each marker is written once.
 */
export class CutoffRecorder {
  private nextDue: Date | null = null;
  private logStartedAt: Date | null = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly log: Pick<EventLog, 'readStream' | 'readAll'>,
    /** The append path's checks, without this recorder. */
    private readonly appendMarkers: Append,
  ) {}

  recordDue(now: Date): Promise<void> {
    // Stryker disable next-line ConditionalExpression: the cache only spares a read; `record` checks it again
    if (this.nextDue && now < this.nextDue) return Promise.resolve();
    const run = this.inFlight.then(() => this.record(now));
    this.inFlight = run.catch(() => undefined);
    return run;
  }

  /** Folds the markers stream, appends what is due with its revision; on a race, again. */
  private async record(now: Date): Promise<void> {
    // Stryker disable next-line ConditionalExpression: the cache only spares a read; folding the markers again finds none due
    if (this.nextDue && now < this.nextDue) return;
    this.logStartedAt ??= await this.firstEventTime();
    const stream = streams.cutoffs();
    for (let attempt = 1; ; attempt++) {
      const recorded = await this.log.readStream<DailyCutoffEvent>(stream);
      const state = fold(dailyCutoffs, recorded);
      const command = { type: 'RecordDailyCutoff' as const, now, logStartedAt: this.logStartedAt };
      const due = dailyCutoffs.decide(command, state);
      try {
        if (due.length > 0)
          await this.appendMarkers(stream, due.map(marker(now)), revisionOf(recorded));
        this.nextDue = nextDueCutoff(
          due.reduce(dailyCutoffs.evolve, state),
          this.logStartedAt,
          now,
        );
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt === ATTEMPTS) throw error;
        await sleep(backoffDelay(attempt, CONFLICT));
      }
    }
  }

  private async firstEventTime(): Promise<Date | null> {
    const [first] = await this.log.readAll({ limit: 1 });
    return first ? new Date(first.metadata.occurredAt) : null;
  }
}

const revisionOf = (recorded: readonly { revision: bigint }[]): ExpectedRevision =>
  recorded.at(-1)?.revision ?? 'no-stream';

/** A marker as appended: its id from its day, so every instance appends the same one. */
const marker =
  (now: Date) =>
  (event: DailyCutoffEvent): EventToAppend<DailyCutoffEvent> => {
    const id = deterministicId(`cutoffs/${now.toISOString()}`);
    const context = {
      commandId: id,
      tenant: PLATFORM_TENANT,
      actor: ACTOR,
      correlationId: id,
      causationId: id,
    };
    return withMetadata(
      event,
      deterministicId(`DailyCutoffPassed/${event.data.day}`),
      'RecordDailyCutoff',
      context,
      now,
    );
  };
