import type { Decider } from '../../../core/decider';
import { addDays, startOfUtcDay, utcDay } from '../../../core/utc-day';
import type { DailyCutoffEvent } from '../../../events/daily-cutoff.events';

export interface DailyCutoffsState {
  readonly lastCutoff: Date | null;
}

export interface RecordDueCutoffs {
  readonly type: 'RecordDailyCutoff';
  readonly now: Date;
  /** When the log's first event was recorded; no cut-off is due before the log began. */
  readonly logStartedAt: Date | null;
}

/** Every midnight after the last marker (or after the log began) up to now, oldest first. */
function decide({ now, logStartedAt }: RecordDueCutoffs, state: DailyCutoffsState) {
  const events: DailyCutoffEvent[] = [];
  const after = state.lastCutoff ?? (logStartedAt && startOfUtcDay(logStartedAt));
  if (!after) return events;
  for (let cutoff = addDays(after, 1); cutoff <= now; cutoff = addDays(cutoff, 1))
    events.push({
      type: 'DailyCutoffPassed',
      data: { cutoff: cutoff.toISOString(), day: utcDay(cutoff) },
    });
  return events;
}

export const dailyCutoffs: Decider<DailyCutoffsState, RecordDueCutoffs, DailyCutoffEvent> = {
  // Stryker disable next-line ObjectLiteral: lastCutoff is only read through `??`, where undefined is null
  initialState: () => ({ lastCutoff: null }),
  evolve: (_state, event) => ({ lastCutoff: new Date(event.data.cutoff) }),
  decide,
};

/** The first cut-off that is not yet recorded. */
export function nextDueCutoff(state: DailyCutoffsState, logStartedAt: Date | null, now: Date) {
  const after = state.lastCutoff ?? startOfUtcDay(logStartedAt ?? now);
  return addDays(after, 1);
}
