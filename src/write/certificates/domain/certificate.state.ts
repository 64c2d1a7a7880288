import type { CertificateEvent } from '../../../events/certificate.events';
import { renewalWindowOf } from '../../../core/certificate-validity';
import { certificateValidUntil } from './certificate-validity';

/** The certificate generated last for the learner and training, in whichever cycle. */
export interface LastGenerated {
  readonly certificateId: string;
  readonly cycle: number;
}

/** What a request fixes for the certificate it asks for; kept while that certificate is current. */
interface Requested {
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly templateId: string;
  readonly version: number;
  /** When a certificate was first requested for the learner and training; it never changes. */
  readonly firstGeneratedAt: string;
  /** When the current certificate was requested: its issue time. */
  readonly requestedAt: string;
  /** The assignment's validity when the current certificate was requested; null: no expiry. */
  readonly validForMonths: number | null;
  /** With a validity: how many days before expiry renewal opens; null without one. */
  readonly renewalWindowDays: number | null;
  /** The learner's cycle the current certificate belongs to (1 before any renewal). */
  readonly cycle: number;
  /** The earlier cycle's certificate the current one renews; null in the first cycle. */
  readonly renews: string | null;
  readonly lastGenerated: LastGenerated | null;
}

/** Never requested: nothing is known yet. */
export interface NoCertificate {
  readonly status: 'none';
}

export interface GeneratingCertificate extends Requested {
  readonly status: 'generating';
}

export interface GeneratedCertificate extends Requested {
  readonly status: 'generated';
  readonly generatedAt: string;
}

export interface FailedCertificate extends Requested {
  readonly status: 'failed';
}

/** Only a generated certificate is revoked; the revocation is final for it. */
export interface RevokedCertificate extends Requested {
  readonly status: 'revoked';
  readonly generatedAt: string;
}

/** The current certificate was deleted; when the first one was requested is still known. */
export interface DeletedCertificate {
  readonly status: 'deleted';
  /** The deleted certificate. */
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly firstGeneratedAt: string;
  readonly cycle: number;
  readonly lastGenerated: LastGenerated | null;
}

/** One learner's certificate for one training, across deletions and new generations. */
export type CertificateState =
  | NoCertificate
  | GeneratingCertificate
  | GeneratedCertificate
  | FailedCertificate
  | RevokedCertificate
  | DeletedCertificate;

export type CertificateStatus = CertificateState['status'];

/** When the current certificate stops being valid; null without a validity or a certificate. */
export function validUntilOf(state: CertificateState): string | null {
  return state.status === 'none' || state.status === 'deleted'
    ? null
    : certificateValidUntil(state);
}

export const initialCertificateState = (): CertificateState => ({ status: 'none' });

/**
 * The log holds only what the decider appended: an outcome follows its request, a revocation a
 * generated certificate, a deletion a requested one. An event out of that order changes nothing.
 */
export function evolveCertificate(
  state: CertificateState,
  event: CertificateEvent,
): CertificateState {
  switch (event.type) {
    case 'CertificateGenerationRequested': {
      const { certificateId, trainingId, learnerId, templateId, version, firstGeneratedAt } =
        event.data;
      const validForMonths = event.data.validForMonths ?? null;
      return {
        status: 'generating',
        ...{ certificateId, trainingId, learnerId, templateId, version, firstGeneratedAt },
        requestedAt: event.data.requestedAt,
        validForMonths,
        renewalWindowDays: renewalWindowOf(event.data),
        cycle: event.data.cycle ?? 1,
        renews: event.data.renews ?? null,
        lastGenerated: state.status === 'none' ? null : state.lastGenerated,
      };
    }
    case 'CertificateGenerated': {
      if (state.status !== 'generating') return state;
      const lastGenerated = { certificateId: state.certificateId, cycle: state.cycle };
      return { ...state, status: 'generated', generatedAt: event.data.generatedAt, lastGenerated };
    }
    case 'CertificateGenerationFailed':
      if (state.status !== 'generating') return state;
      return { ...state, status: 'failed' };
    case 'CertificateRevoked':
      if (state.status !== 'generated') return state;
      return { ...state, status: 'revoked' };
    case 'CertificateDeleted': {
      if (state.status === 'none') return state;
      const { certificateId, trainingId, learnerId } = event.data;
      const { firstGeneratedAt, cycle, lastGenerated } = state;
      return {
        status: 'deleted',
        ...{ certificateId, trainingId, learnerId, firstGeneratedAt, cycle, lastGenerated },
      };
    }
  }
}
