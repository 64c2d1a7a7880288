import { tenantWide } from '../../src/core/access-scope';
import {
  progressReport,
  type ProgressReportCommand,
} from '../../src/write/reports/domain/progress-report';
import type { ProgressReportEvent } from '../../src/events/progress-report.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(progressReport);
const at = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-02T10:05:00.000Z');
const ref = { reportId: 'r1', trainingId: 't1' };

const request = (
  overrides: Partial<Extract<ProgressReportCommand, { type: 'RequestProgressReport' }>> = {},
): ProgressReportCommand => ({
  type: 'RequestProgressReport',
  ...ref,
  training: { groupId: 'g1' },
  scope: tenantWide,
  cutoff: new Date('2026-03-02T00:00:00.000Z'),
  by: 'admin-1',
  at,
  ...overrides,
});
const requested: ProgressReportEvent = {
  type: 'ProgressReportRequested',
  data: {
    ...ref,
    ...{ cutoff: '2026-03-02T00:00:00.000Z', groupId: 'g1' },
    ...{ requestedAt: at.toISOString(), requestedBy: 'admin-1' },
  },
};
const started: ProgressReportEvent = {
  type: 'ProgressReportStarted',
  data: { ...ref, startedAt: at.toISOString() },
};
const complete: ProgressReportCommand = {
  type: 'CompleteProgressReport',
  ...{ rowCount: 3, sha256: 'abc', size: 120, at: later },
};
const completed: ProgressReportEvent = {
  type: 'ProgressReportCompleted',
  data: { ...ref, rowCount: 3, sha256: 'abc', size: 120, completedAt: later.toISOString() },
};
const fail: ProgressReportCommand = { type: 'FailProgressReport', reason: 'disk full', at: later };
const failed: ProgressReportEvent = {
  type: 'ProgressReportFailed',
  data: { ...ref, reason: 'disk full', failedAt: later.toISOString() },
};
const start: ProgressReportCommand = { type: 'StartProgressReport', at };

describe('A progress report job', () => {
  it('is requested for a training, as of a cut-off, by whom and when', () => {
    spec.given([]).when(request()).then([requested]);
  });

  it('is refused for a training that does not exist, or outside the requester’s groups', () => {
    spec
      .given([])
      .when(request({ training: null }))
      .thenThrows('not-found');
    const groups = { kind: 'groups', groups: ['g2'] } as const;
    spec
      .given([])
      .when(request({ scope: groups }))
      .thenThrows('forbidden');
  });

  it('is requested once per report id', () => {
    spec.given([requested]).when(request()).thenThrows('already-exists');
    spec.given([requested, started, completed]).when(request()).thenThrows('already-exists');
  });

  it('starts once, when pending', () => {
    spec.given([requested]).when(start).then([started]);
    spec.given([requested, started]).when(start).thenNothingHappens();
  });

  it('ends done, with its rows, hash and size, or failed, with the reason', () => {
    spec.given([requested, started]).when(complete).then([completed]);
    spec.given([requested, started]).when(fail).then([failed]);
    spec.given([requested]).when(fail).then([failed]);
  });

  it('never changes once done or failed', () => {
    for (const finished of [completed, failed])
      for (const command of [start, complete, fail])
        spec.given([requested, started, finished]).when(command).thenNothingHappens();
  });

  it('has no outcome for a report that was never requested', () => {
    for (const command of [start, complete, fail])
      spec.given([]).when(command).thenNothingHappens();
  });
});
