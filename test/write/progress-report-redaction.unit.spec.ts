import { progressReport } from '../../src/write/reports/domain/progress-report';
import type { ProgressReportEvent } from '../../src/events/progress-report.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(progressReport);
const ref = { reportId: 'r1', trainingId: 't1' };
const at = new Date('2026-11-25T10:00:00.000Z');
const requested: ProgressReportEvent = {
  type: 'ProgressReportRequested',
  data: {
    ...ref,
    ...{ cutoff: '2026-11-25T00:00:00.000Z', groupId: null },
    ...{ requestedAt: '2026-11-25T09:00:00.000Z', requestedBy: 'admin-1' },
  },
};
const done: ProgressReportEvent = {
  type: 'ProgressReportCompleted',
  data: { ...ref, rowCount: 2, sha256: 'a'.repeat(64), size: 100, completedAt: at.toISOString() },
};
const redact = (learnerId: string) => ({
  type: 'RedactProgressReport' as const,
  ...{ learnerId, rowCount: 2, sha256: 'b'.repeat(64), size: 90, at },
});
const redacted = (learnerId: string, redaction: number): ProgressReportEvent => ({
  type: 'ProgressReportRedacted',
  data: {
    ...{ ...ref, redaction, learnerId, rowCount: 2 },
    ...{ sha256: 'b'.repeat(64), size: 90, redactedAt: at.toISOString() },
  },
});

describe('Redacting a done progress report after an erasure', () => {
  it('records the file written again, numbered', () => {
    spec
      .given([requested, done])
      .when(redact('zoe'))
      .then([redacted('zoe', 1)]);
  });

  it('numbers each erased learner’s redaction after the last', () => {
    spec
      .given([requested, done, redacted('zoe', 1)])
      .when(redact('bart'))
      .then([redacted('bart', 2)]);
  });

  it('redacts once per learner: a redone erasure records nothing', () => {
    spec
      .given([requested, done, redacted('zoe', 1)])
      .when(redact('zoe'))
      .thenNothingHappens();
  });

  it('leaves a report without a file alone', () => {
    spec.given([requested]).when(redact('zoe')).thenNothingHappens();
  });
});
