import { ProjectionSpecification } from '../../support/projection-specification';
import { REPORTS, reportsProjection } from '../../../src/read/reports/reports.projection';

const spec = ProjectionSpecification.for(reportsProjection);
const ref = { reportId: 'r1', trainingId: 't1' };
const requested = {
  occurredAt: '2026-03-02T09:00:00.000Z',
  event: {
    type: 'ProgressReportRequested' as const,
    data: {
      ...ref,
      ...{ cutoff: '2026-03-02T00:00:00.000Z', groupId: null },
      ...{ requestedAt: '2026-03-02T09:00:00.000Z', requestedBy: 'admin-1' },
    },
  },
};
const started = {
  occurredAt: '2026-03-02T09:00:01.000Z',
  event: {
    type: 'ProgressReportStarted' as const,
    data: { ...ref, startedAt: '2026-03-02T09:00:01.000Z' },
  },
};
const report = {
  _id: 'acme:r1',
  ...{ tenant: 'acme', reportId: 'r1', trainingId: 't1', groupId: null, type: 'progress' },
  ...{ requestedAt: '2026-03-02T09:00:00.000Z', requestedBy: 'admin-1' },
  cutoff: '2026-03-02T00:00:00.000Z',
  // Where the request stands in the log, and whom the file was written again without.
  ...{ requestedPosition: '1', redactedFor: [] },
};

describe('The reports projection', () => {
  it('[R-report-export-async] shows a requested report as pending, then running', () => {
    spec.given([requested]).then({
      [REPORTS]: {
        'acme:r1': {
          ...report,
          status: 'pending',
          completedAt: null,
          rowCount: null,
          reason: null,
        },
      },
    });
    spec.given([requested, started]).then({
      [REPORTS]: {
        'acme:r1': {
          ...report,
          status: 'running',
          completedAt: null,
          rowCount: null,
          reason: null,
        },
      },
    });
  });

  it('records the row count of a done report', () => {
    spec
      .given([
        requested,
        started,
        {
          occurredAt: '2026-03-02T09:00:02.000Z',
          event: {
            type: 'ProgressReportCompleted',
            data: {
              ...ref,
              ...{ rowCount: 42, sha256: 'ab'.repeat(32), size: 1000 },
              completedAt: '2026-03-02T09:00:02.000Z',
            },
          },
        },
      ])
      .then({
        [REPORTS]: {
          'acme:r1': {
            ...report,
            ...{ status: 'done', completedAt: '2026-03-02T09:00:02.000Z', rowCount: 42 },
            reason: null,
          },
        },
      });
  });

  it('[R-personal-data] shows when, and without whom, a done report was last written again without an erased learner', () => {
    const done = {
      occurredAt: '2026-03-02T09:00:02.000Z',
      event: {
        type: 'ProgressReportCompleted' as const,
        data: {
          ...{ ...ref, rowCount: 42, sha256: 'ab'.repeat(32), size: 1000 },
          completedAt: '2026-03-02T09:00:02.000Z',
        },
      },
    };
    const redacted = (redaction: number, learnerId: string, redactedAt: string) => ({
      occurredAt: redactedAt,
      event: {
        type: 'ProgressReportRedacted' as const,
        data: {
          ...{ ...ref, redaction, learnerId, rowCount: 42, sha256: 'cd'.repeat(32), size: 990 },
          redactedAt,
        },
      },
    });
    spec
      .given([
        requested,
        started,
        done,
        redacted(1, 'zoe', '2026-03-05T10:00:00.000Z'),
        redacted(2, 'bart', '2026-03-06T10:00:00.000Z'),
      ])
      .then({
        [REPORTS]: {
          'acme:r1': {
            ...report,
            ...{ status: 'done', completedAt: '2026-03-02T09:00:02.000Z', rowCount: 42 },
            ...{ reason: null, redactions: 2, redactedAt: '2026-03-06T10:00:00.000Z' },
            redactedFor: ['zoe', 'bart'],
          },
        },
      });
  });

  it('records why a report failed', () => {
    spec
      .given([
        requested,
        {
          occurredAt: '2026-03-02T09:00:02.000Z',
          event: {
            type: 'ProgressReportFailed',
            data: { ...ref, reason: 'disk full', failedAt: '2026-03-02T09:00:02.000Z' },
          },
        },
      ])
      .then({
        [REPORTS]: {
          'acme:r1': {
            ...report,
            ...{ status: 'failed', completedAt: '2026-03-02T09:00:02.000Z', rowCount: null },
            reason: 'disk full',
          },
        },
      });
  });
});
