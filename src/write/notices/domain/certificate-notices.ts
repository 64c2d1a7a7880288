import type { Decider } from '../../../core/decider';
import type { NotificationEvent } from '../../../events/notification.events';

type NoticeEvent = Extract<
  NotificationEvent,
  { type: 'CertificateExpiring' | 'CertificateExpired' }
>;

/** What the log has noticed about one certificate's expiry so far. */
export interface CertificateNotices {
  readonly remindedDays: readonly number[];
  readonly expired: boolean;
}

export interface NoticeCertificateExpiry {
  readonly type: 'NoticeCertificateExpiry';
  /** A reminder offset in days, or null for the expiry itself. */
  readonly daysBefore: number | null;
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly validUntil: string;
  readonly cutoff: string;
}

/**
 * Each reminder offset and the expiry are noticed once per certificate, whichever instance or
 * replay of the expiry reactor asks again.
 */
function decide(command: NoticeCertificateExpiry, state: CertificateNotices): NoticeEvent[] {
  const { daysBefore, certificateId, trainingId, learnerId, validUntil, cutoff } = command;
  const base = { certificateId, trainingId, learnerId, validUntil, cutoff };
  if (daysBefore === null) return state.expired ? [] : [{ type: 'CertificateExpired', data: base }];
  if (state.remindedDays.includes(daysBefore)) return [];
  return [{ type: 'CertificateExpiring', data: { ...base, daysBefore } }];
}

function evolve(state: CertificateNotices, event: NoticeEvent): CertificateNotices {
  return event.type === 'CertificateExpired'
    ? { ...state, expired: true }
    : { ...state, remindedDays: [...state.remindedDays, event.data.daysBefore] };
}

export const certificateNotices: Decider<CertificateNotices, NoticeCertificateExpiry, NoticeEvent> =
  {
    initialState: () => ({ remindedDays: [], expired: false }),
    evolve,
    decide,
  };
