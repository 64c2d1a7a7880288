import type { CertificateEvent } from '../../../events/certificate.events';

export type CertificateStatus =
  'none' | 'generating' | 'generated' | 'failed' | 'revoked' | 'deleted';

/** One learner's certificate for one training, across deletions and new generations. */
export interface CertificateState {
  readonly status: CertificateStatus;
  readonly certificateId: string | null;
  readonly trainingId: string | null;
  readonly learnerId: string | null;
  readonly templateId: string | null;
  readonly version: number | null;
  readonly firstGeneratedAt: string | null;
  /** When the current certificate was requested: its issue time. */
  readonly requestedAt: string | null;
  /** The assignment's validity when the current certificate was requested; null: no expiry. */
  readonly validForMonths: number | null;
  readonly generatedAt: string | null;
}

export const initialCertificateState = (): CertificateState => ({
  status: 'none',
  certificateId: null,
  trainingId: null,
  learnerId: null,
  templateId: null,
  version: null,
  firstGeneratedAt: null,
  requestedAt: null,
  validForMonths: null,
  generatedAt: null,
});

export function evolveCertificate(
  state: CertificateState,
  event: CertificateEvent,
): CertificateState {
  switch (event.type) {
    case 'CertificateGenerationRequested': {
      const { certificateId, trainingId, learnerId, templateId, version, firstGeneratedAt } =
        event.data;
      return {
        status: 'generating',
        ...{ certificateId, trainingId, learnerId, templateId, version, firstGeneratedAt },
        requestedAt: event.data.requestedAt,
        validForMonths: event.data.validForMonths ?? null,
        generatedAt: null,
      };
    }
    case 'CertificateGenerated':
      return { ...state, status: 'generated', generatedAt: event.data.generatedAt };
    case 'CertificateGenerationFailed':
      return { ...state, status: 'failed' };
    case 'CertificateRevoked':
      return { ...state, status: 'revoked' };
    case 'CertificateDeleted':
      return { ...state, status: 'deleted', generatedAt: null };
  }
}
