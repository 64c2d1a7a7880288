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
        /** The assignment's validity when requested; absent in events recorded before it existed. */
        validForMonths?: number | null;
      }
    >
  | DomainEvent<
      'CertificateGenerated',
      CertificateRef & {
        fileId: string;
        sha256: string;
        size: number;
        generatedAt: string;
        /** The issue time (requestedAt) plus the request's validForMonths; null or absent: no expiry. */
        validUntil?: string | null;
        /** The signed Open Badges credential stored beside the PDF. */
        credential?: { fileId: string; sha256: string; size: number; statusListIndex: number };
      }
    >
  | DomainEvent<
      'CertificateGenerationFailed',
      CertificateRef & { reason: string; failedAt: string }
    >
  | DomainEvent<
      'CertificateRevoked',
      CertificateRef & { reason: string; revokedBy: string; revokedAt: string }
    >
  | DomainEvent<
      'CertificateDeleted',
      CertificateRef & { reason: string | null; deletedBy: string; deletedAt: string }
    >;
