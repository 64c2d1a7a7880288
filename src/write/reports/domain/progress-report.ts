import { type AccessScope, requireScope } from '../../../core/access-scope';
import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { ProgressReportEvent } from '../../../events/progress-report.events';

export type ProgressReportStatus = 'none' | 'pending' | 'running' | 'done' | 'failed';

export interface ProgressReportState {
  readonly status: ProgressReportStatus;
  readonly reportId: string | null;
  readonly trainingId: string | null;
  /** How many times the file was written again without an erased learner; 0: never. */
  readonly redactions: number;
  /** Learners whose erasure the file already reflects. */
  readonly redactedFor: readonly string[];
}

export type ProgressReportCommand =
  | {
      readonly type: 'RequestProgressReport';
      readonly reportId: string;
      readonly trainingId: string;
      readonly training: { readonly groupId: string | null } | null;
      readonly scope: AccessScope;
      readonly cutoff: Date;
      readonly by: string;
      readonly at: Date;
    }
  | { readonly type: 'StartProgressReport'; readonly at: Date }
  | {
      readonly type: 'CompleteProgressReport';
      readonly rowCount: number;
      readonly sha256: string;
      readonly size: number;
      readonly at: Date;
    }
  | { readonly type: 'FailProgressReport'; readonly reason: string; readonly at: Date }
  | {
      readonly type: 'RedactProgressReport';
      readonly learnerId: string;
      readonly rowCount: number;
      readonly sha256: string;
      readonly size: number;
      readonly at: Date;
    };

function decide(command: ProgressReportCommand, state: ProgressReportState): ProgressReportEvent[] {
  if (command.type === 'RequestProgressReport') {
    const { reportId, trainingId, training } = command;
    if (!training) return refuse('not-found', `No training ${trainingId}`);
    requireScope(command.scope, training.groupId, `Training ${trainingId}`);
    if (state.status !== 'none') return refuse('already-exists', `Report ${reportId} exists`);
    return [
      {
        type: 'ProgressReportRequested',
        data: {
          ...{ reportId, trainingId, groupId: training.groupId },
          cutoff: command.cutoff.toISOString(),
          requestedAt: command.at.toISOString(),
          requestedBy: command.by,
        },
      },
    ];
  }
  if (command.type === 'RedactProgressReport') return redact(command, state);
  // Outcomes come from the export reactor; a finished report changes only by a redaction.
  const { reportId, trainingId } = state;
  if (state.status === 'done' || state.status === 'failed') return [];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: both are set together, by the request checked above
  if (reportId === null || trainingId === null) return [];
  const ref = { reportId, trainingId };
  const at = command.at.toISOString();
  switch (command.type) {
    case 'StartProgressReport':
      return state.status === 'pending'
        ? [{ type: 'ProgressReportStarted', data: { ...ref, startedAt: at } }]
        : [];
    case 'CompleteProgressReport': {
      const { rowCount, sha256, size } = command;
      return [
        {
          type: 'ProgressReportCompleted',
          data: { ...ref, rowCount, sha256, size, completedAt: at },
        },
      ];
    }
    case 'FailProgressReport':
      return [
        { type: 'ProgressReportFailed', data: { ...ref, reason: command.reason, failedAt: at } },
      ];
  }
}

/** A done report's file rewritten without an erased learner; once per learner. */
function redact(
  command: Extract<ProgressReportCommand, { type: 'RedactProgressReport' }>,
  state: ProgressReportState,
): ProgressReportEvent[] {
  const { reportId, trainingId } = state;
  // Stryker disable next-line ConditionalExpression: a done report was requested, so has both ids
  if (state.status !== 'done' || reportId === null || trainingId === null) return [];
  if (state.redactedFor.includes(command.learnerId)) return [];
  const { learnerId, rowCount, sha256, size } = command;
  return [
    {
      type: 'ProgressReportRedacted',
      data: {
        ...{ reportId, trainingId, redaction: state.redactions + 1, learnerId },
        ...{ rowCount, sha256, size, redactedAt: command.at.toISOString() },
      },
    },
  ];
}

export const progressReport: Decider<
  ProgressReportState,
  ProgressReportCommand,
  ProgressReportEvent
> = {
  initialState: () => ({
    status: 'none',
    reportId: null,
    trainingId: null,
    redactions: 0,
    // Stryker disable next-line ArrayDeclaration: no learner id can be that text (ids are A-Z a-z 0-9 . _ ~ -)
    redactedFor: [],
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ProgressReportRequested':
        return {
          ...state,
          status: 'pending',
          reportId: event.data.reportId,
          trainingId: event.data.trainingId,
        };
      case 'ProgressReportStarted':
        // Stryker disable next-line StringLiteral: no decision compares with 'running'; a started report is neither pending nor done
        return { ...state, status: 'running' };
      case 'ProgressReportCompleted':
        return { ...state, status: 'done' };
      case 'ProgressReportFailed':
        return { ...state, status: 'failed' };
      case 'ProgressReportRedacted':
        return {
          ...state,
          redactions: event.data.redaction,
          redactedFor: [...state.redactedFor, event.data.learnerId],
        };
    }
  },
  decide,
};
