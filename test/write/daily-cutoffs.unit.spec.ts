import { dailyCutoffs, nextDueCutoff } from '../../src/write/cutoffs/domain/daily-cutoffs';
import type { DailyCutoffEvent } from '../../src/events/daily-cutoff.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(dailyCutoffs);
const logStartedAt = new Date('2026-03-02T10:00:00Z');

const marker = (day: string): DailyCutoffEvent => ({
  type: 'DailyCutoffPassed',
  data: { cutoff: `${day}T00:00:00.000Z`, day },
});

describe('Daily cut-offs', () => {
  it('records no marker on an empty log', () => {
    spec
      .given([])
      .when({
        type: 'RecordDailyCutoff',
        now: new Date('2026-03-05T10:00:00Z'),
        logStartedAt: null,
      })
      .thenNothingHappens();
  });

  it('records no marker before the first midnight after the log began', () => {
    spec
      .given([])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-02T23:59:59.999Z'), logStartedAt })
      .thenNothingHappens();
  });

  it('records the first midnight after the first event as the first marker', () => {
    spec
      .given([])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-03T08:00:00Z'), logStartedAt })
      .then([marker('2026-03-03')]);
  });

  it('counts a midnight as passed at exactly 00:00:00.000', () => {
    spec
      .given([])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-03T00:00:00.000Z'), logStartedAt })
      .then([marker('2026-03-03')]);
  });

  it('a log that begins exactly at midnight gets its first marker at the next midnight', () => {
    spec
      .given([])
      .when({
        type: 'RecordDailyCutoff',
        now: new Date('2026-03-03T00:00:00Z'),
        logStartedAt: new Date('2026-03-02T00:00:00Z'),
      })
      .then([marker('2026-03-03')]);
  });

  it('records one marker per midnight passed since the log began, oldest first', () => {
    spec
      .given([])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-05T01:00:00Z'), logStartedAt })
      .then([marker('2026-03-03'), marker('2026-03-04'), marker('2026-03-05')]);
  });

  it('records nothing when markers are recorded up to now', () => {
    spec
      .given([marker('2026-03-03')])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-03T23:59:59Z'), logStartedAt })
      .thenNothingHappens();
  });

  it('records the next marker at exactly the next midnight', () => {
    spec
      .given([marker('2026-03-03')])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-04T00:00:00Z'), logStartedAt })
      .then([marker('2026-03-04')]);
  });

  it('[R-report-daily-cutoff] after downtime, appends the missed markers oldest first', () => {
    // Given the service recorded the cut-off of 3 March, then was down
    spec
      .given([marker('2026-03-02'), marker('2026-03-03')])
      // When it starts again on 6 March
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-06T05:00:00Z'), logStartedAt })
      // Then the cut-offs of 4, 5 and 6 March are appended, in that order
      .then([marker('2026-03-04'), marker('2026-03-05'), marker('2026-03-06')]);
  });

  it('continues from the last marker, not from the start of the log', () => {
    spec
      .given([marker('2026-03-09')])
      .when({ type: 'RecordDailyCutoff', now: new Date('2026-03-10T12:00:00Z'), logStartedAt })
      .then([marker('2026-03-10')]);
  });

  it('crosses month and year ends', () => {
    spec
      .given([marker('2026-12-30')])
      .when({ type: 'RecordDailyCutoff', now: new Date('2027-01-01T00:00:00Z'), logStartedAt })
      .then([marker('2026-12-31'), marker('2027-01-01')]);
  });

  describe('the next due cut-off', () => {
    it('is the first midnight after the log began while no marker is recorded', () => {
      const state = dailyCutoffs.initialState();
      expect(nextDueCutoff(state, logStartedAt, new Date('2026-03-02T12:00:00Z'))).toEqual(
        new Date('2026-03-03T00:00:00Z'),
      );
    });

    it('is the midnight after the last marker', () => {
      const state = dailyCutoffs.evolve(dailyCutoffs.initialState(), marker('2026-03-03'));
      expect(nextDueCutoff(state, logStartedAt, new Date('2026-03-03T12:00:00Z'))).toEqual(
        new Date('2026-03-04T00:00:00Z'),
      );
    });

    it('is the next midnight after now on an empty log', () => {
      expect(
        nextDueCutoff(dailyCutoffs.initialState(), null, new Date('2026-03-02T12:00:00Z')),
      ).toEqual(new Date('2026-03-03T00:00:00Z'));
    });
  });
});
