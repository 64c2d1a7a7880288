import type { DomainEvent } from '../../../core/decider';

interface CertificateRef {
  certificateId: string;
  trainingId: string;
  learnerId: string;
}

export type CertificateEvent =
  | DomainEvent<
      'CertificateGenerationRequested',
      CertificateRef & {
        templateId: string;
        version: number;
        requestedAt: string;
        requestedBy: string;
        /** Time of the very first request for this learner and training; never changes. */
        firstGeneratedAt: string;
      }
    >
  | DomainEvent<
      'CertificateGenerated',
      CertificateRef & { fileId: string; sha256: string; size: number; generatedAt: string }
    >
  | DomainEvent<
      'CertificateGenerationFailed',
      CertificateRef & { reason: string; failedAt: string }
    >
  | DomainEvent<
      'CertificateDeleted',
      CertificateRef & { reason: string | null; deletedBy: string; deletedAt: string }
    >;
