import { type AccessScope, requireScope } from '../../../core/access-scope';
import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import { addDays, utcDay } from '../../../core/utc-day';
import type { CertificateArchiveEvent } from '../../../events/certificate-archive.events';

export type CertificateArchiveStatus =
  'none' | 'pending' | 'running' | 'done' | 'failed' | 'expired' | 'deleted';

/** How long a done archive is kept: removed at the first daily cut-off this long after it. */
export const ARCHIVE_KEPT_DAYS = 7;

export interface CertificateArchiveState {
  readonly status: CertificateArchiveStatus;
  readonly archiveId: string | null;
  readonly trainingId: string | null;
  readonly expiresAt: string | null;
}

export type CertificateArchiveCommand =
  | {
      readonly type: 'RequestCertificateArchive';
      readonly archiveId: string;
      readonly trainingId: string;
      readonly training: { readonly groupId: string | null } | null;
      readonly scope: AccessScope;
      /** 'YYYY-MM-DD' or null for the certificates generated before the request. */
      readonly asOf: string | null;
      readonly by: string;
      readonly at: Date;
    }
  | { readonly type: 'StartCertificateArchive'; readonly at: Date }
  | {
      readonly type: 'CompleteCertificateArchive';
      readonly count: number;
      readonly sha256: string;
      readonly size: number;
      readonly at: Date;
    }
  | { readonly type: 'FailCertificateArchive'; readonly reason: string; readonly at: Date }
  | { readonly type: 'ExpireCertificateArchive'; readonly cutoff: Date; readonly at: Date }
  | { readonly type: 'DeleteCertificateArchive'; readonly learnerId: string; readonly at: Date };

function request(
  command: Extract<CertificateArchiveCommand, { type: 'RequestCertificateArchive' }>,
  state: CertificateArchiveState,
): CertificateArchiveEvent[] {
  const { archiveId, trainingId, training, asOf } = command;
  if (!training) return refuse('not-found', `No training ${trainingId}`);
  requireScope(command.scope, training.groupId, `Training ${trainingId}`);
  // The append path records today's cut-off before this event: any day up to today has passed.
  if (asOf !== null && asOf > utcDay(command.at))
    return refuse('not-ready', `The cut-off of ${asOf} has not passed yet`);
  if (state.status !== 'none') return refuse('already-exists', `Archive ${archiveId} exists`);
  return [
    {
      type: 'CertificateArchiveRequested',
      data: {
        ...{ archiveId, trainingId, groupId: training.groupId, asOf },
        requestedAt: command.at.toISOString(),
        requestedBy: command.by,
      },
    },
  ];
}

/** An expiry or an erasure ends a done archive once: its file is removed. */
function end(
  command: Extract<
    CertificateArchiveCommand,
    { type: 'ExpireCertificateArchive' | 'DeleteCertificateArchive' }
  >,
  state: CertificateArchiveState,
  ref: { archiveId: string; trainingId: string },
): CertificateArchiveEvent[] {
  if (state.status !== 'done') return [];
  const at = command.at.toISOString();
  if (command.type === 'DeleteCertificateArchive')
    return [
      {
        type: 'CertificateArchiveDeleted',
        data: { ...ref, learnerId: command.learnerId, deletedAt: at },
      },
    ];
  if (state.expiresAt === null || Date.parse(state.expiresAt) > command.cutoff.getTime()) return [];
  return [
    {
      type: 'CertificateArchiveExpired',
      data: { ...ref, cutoff: command.cutoff.toISOString(), expiredAt: at },
    },
  ];
}

function decide(
  command: CertificateArchiveCommand,
  state: CertificateArchiveState,
): CertificateArchiveEvent[] {
  if (command.type === 'RequestCertificateArchive') return request(command, state);
  const { archiveId, trainingId } = state;
  if (archiveId === null || trainingId === null) return [];
  const ref = { archiveId, trainingId };
  const at = command.at.toISOString();
  switch (command.type) {
    case 'ExpireCertificateArchive':
    case 'DeleteCertificateArchive':
      return end(command, state, ref);
    case 'StartCertificateArchive':
      return state.status === 'pending'
        ? [{ type: 'CertificateArchiveStarted', data: { ...ref, startedAt: at } }]
        : [];
    case 'CompleteCertificateArchive': {
      if (state.status !== 'pending' && state.status !== 'running') return [];
      const { count, sha256, size } = command;
      const expiresAt = addDays(command.at, ARCHIVE_KEPT_DAYS).toISOString();
      return [
        {
          type: 'CertificateArchiveCompleted',
          data: { ...ref, count, sha256, size, completedAt: at, expiresAt },
        },
      ];
    }
    case 'FailCertificateArchive':
      if (state.status !== 'pending' && state.status !== 'running') return [];
      return [
        {
          type: 'CertificateArchiveFailed',
          data: { ...ref, reason: command.reason, failedAt: at },
        },
      ];
  }
}

export const certificateArchive: Decider<
  CertificateArchiveState,
  CertificateArchiveCommand,
  CertificateArchiveEvent
> = {
  initialState: () => ({ status: 'none', archiveId: null, trainingId: null, expiresAt: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CertificateArchiveRequested':
        return {
          ...state,
          status: 'pending',
          archiveId: event.data.archiveId,
          trainingId: event.data.trainingId,
        };
      case 'CertificateArchiveStarted':
        return { ...state, status: 'running' };
      case 'CertificateArchiveCompleted':
        return { ...state, status: 'done', expiresAt: event.data.expiresAt };
      case 'CertificateArchiveFailed':
        return { ...state, status: 'failed' };
      case 'CertificateArchiveExpired':
        return { ...state, status: 'expired' };
      case 'CertificateArchiveDeleted':
        return { ...state, status: 'deleted' };
    }
  },
  decide,
};
