import type { Doc } from '../../read-store/read-store';
import type { ProgressReportEvent } from '../../events/progress-report.events';
import type { Projection } from '../../projections/projection';

export interface ReportDoc extends Doc {
  readonly tenant: string;
  readonly reportId: string;
  readonly trainingId: string;
  readonly groupId: string | null;
  readonly type: 'progress';
  readonly status: 'pending' | 'running' | 'done' | 'failed';
  readonly requestedAt: string;
  readonly requestedBy: string;
  readonly cutoff: string;
  readonly completedAt: string | null;
  readonly rowCount: number | null;
  readonly reason: string | null;
  /** Times the file was written again without an erased learner's name and e-mail. */
  readonly redactions?: number;
  readonly redactedAt?: string | null;
  /** Where the request stands in the log: an erasure after it may be in its file until redacted. */
  readonly requestedPosition?: string;
  /** The erased learners its file was written again without. */
  readonly redactedFor?: readonly string[];
}

export const REPORTS = 'reports';

export const reportKey = (tenant: string, reportId: string) => `${tenant}:${reportId}`;

/** The report history: every export, its status and, once done, its row count. */
export const reportsProjection: Projection<ProgressReportEvent> = {
  name: 'reports',
  collections: [
    {
      name: REPORTS,
      indexes: [
        ['tenant', 'requestedAt'],
        ['tenant', 'trainingId', 'requestedAt'],
      ],
    },
  ],
  handles: [
    'ProgressReportRequested',
    'ProgressReportStarted',
    'ProgressReportCompleted',
    'ProgressReportFailed',
    'ProgressReportRedacted',
  ],
  project: (event) => {
    const tenant = event.metadata.tenant;
    const id = reportKey(tenant, event.data.reportId);
    const change = (update: (doc: ReportDoc) => ReportDoc) => [
      {
        collection: REPORTS,
        id,
        update: (doc: Doc | null) => (doc ? update(doc as ReportDoc) : null),
      },
    ];
    switch (event.type) {
      case 'ProgressReportRequested': {
        const { reportId, trainingId, groupId, requestedAt, requestedBy, cutoff } = event.data;
        const doc: ReportDoc = {
          ...{
            _id: id,
            tenant,
            reportId,
            trainingId,
            groupId,
            type: 'progress',
            status: 'pending',
          },
          ...{ requestedAt, requestedBy, cutoff, completedAt: null, rowCount: null, reason: null },
          ...{ requestedPosition: event.position.toString(), redactedFor: [] },
        };
        // Stryker disable next-line BooleanLiteral: `creates` only spares reading a document whose id is new
        return [{ collection: REPORTS, id, update: () => doc, creates: true }];
      }
      case 'ProgressReportStarted':
        return change((doc) => ({ ...doc, status: 'running' }));
      case 'ProgressReportCompleted':
        return change((doc) => ({
          ...doc,
          status: 'done',
          completedAt: event.data.completedAt,
          rowCount: event.data.rowCount,
        }));
      case 'ProgressReportFailed':
        return change((doc) => ({
          ...doc,
          status: 'failed',
          completedAt: event.data.failedAt,
          reason: event.data.reason,
        }));
      case 'ProgressReportRedacted':
        return change((doc) => ({
          ...doc,
          rowCount: event.data.rowCount,
          redactions: event.data.redaction,
          redactedAt: event.data.redactedAt,
          redactedFor: [...(doc.redactedFor ?? []), event.data.learnerId],
        }));
    }
  },
};
