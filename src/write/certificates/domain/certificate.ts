import { type AccessScope, requireScope } from '../../../core/access-scope';
import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { CertificateEvent } from '../../../events/certificate.events';
import { certificateValidUntil } from './certificate-validity';
import {
  type CertificateState,
  evolveCertificate,
  initialCertificateState,
} from './certificate.state';

/** What the write side knows of the training when a certificate is asked for. */
export interface TrainingFacts {
  readonly groupId: string | null;
  readonly assignment: {
    readonly templateId: string;
    readonly version: number;
    /** Certificates generated under the assignment expire after this many months; absent: never. */
    readonly validForMonths?: number | null;
    /** With a validity: how many days before expiry renewal opens. */
    readonly renewalWindowDays?: number | null;
  } | null;
}

interface CertificateTarget {
  readonly trainingId: string;
  readonly learnerId: string;
  /** null when the training does not exist in the tenant. */
  readonly training: TrainingFacts | null;
  readonly scope: AccessScope;
  readonly by: string;
  readonly at: Date;
}

export type CertificateCommand =
  | (CertificateTarget & {
      readonly type: 'GenerateCertificate';
      readonly featureEnabled: boolean;
      /** Whether the learner completed the training in their current cycle. */
      readonly completed: boolean;
      /** The learner's current cycle in the training (1 until a renewal). */
      readonly cycle: number;
      /** The id a new generation gets; derived from the command id by the shell. */
      readonly newCertificateId: string;
      /** The learner asks for their own certificate (not an admin on their behalf). */
      readonly selfService: boolean;
      /** The learner's personal data was erased: no new certificate names them again. */
      readonly learnerErased?: boolean;
    })
  | (CertificateTarget & { readonly type: 'DeleteCertificate'; readonly reason: string | null })
  | (CertificateTarget & { readonly type: 'RevokeCertificate'; readonly reason: string })
  | {
      readonly type: 'RecordCertificateGenerated';
      readonly certificateId: string;
      readonly fileId: string;
      readonly sha256: string;
      readonly size: number;
      readonly at: Date;
      /** The signed credential stored beside the PDF, when one was issued. */
      readonly credential?: {
        readonly fileId: string;
        readonly sha256: string;
        readonly size: number;
        readonly statusListIndex: number;
      };
    }
  | {
      readonly type: 'RecordCertificateGenerationFailed';
      readonly certificateId: string;
      readonly reason: string;
      readonly at: Date;
    };

function decide(command: CertificateCommand, state: CertificateState): CertificateEvent[] {
  switch (command.type) {
    case 'GenerateCertificate':
      return request(command, state);
    case 'DeleteCertificate': {
      requireTraining(command);
      if (state.status === 'none' || state.status === 'deleted')
        return refuse('not-found', 'There is no certificate to delete');
      // The revocation stays the last word on a revoked certificate; an admin generates anew.
      if (state.status === 'revoked')
        return refuse('certificate-revoked', 'A revoked certificate is not deleted');
      const { certificateId } = state;
      const { trainingId, learnerId, reason, by } = command;
      const deletedAt = command.at.toISOString();
      return [
        {
          type: 'CertificateDeleted',
          data: { certificateId, trainingId, learnerId, reason, deletedBy: by, deletedAt },
        },
      ];
    }
    case 'RevokeCertificate':
      return revoke(command, state);
    case 'RecordCertificateGenerated':
    case 'RecordCertificateGenerationFailed':
      return recordOutcome(command, state);
  }
}

/** Only a generated certificate is revoked; revoking it again changes nothing. */
function revoke(
  command: Extract<CertificateCommand, { type: 'RevokeCertificate' }>,
  state: CertificateState,
): CertificateEvent[] {
  requireTraining(command);
  if (state.status === 'revoked') return [];
  if (state.status !== 'generated')
    return refuse('not-ready', 'Only a generated certificate can be revoked');
  const { certificateId } = state;
  const { trainingId, learnerId, reason, by } = command;
  const revokedAt = command.at.toISOString();
  return [
    {
      type: 'CertificateRevoked',
      data: { certificateId, trainingId, learnerId, reason, revokedBy: by, revokedAt },
    },
  ];
}

/**
 * The version (and validity) is the one assigned when the certificate is first generated, never
 * the one assigned at completion; once a generation is under way or done, asking again changes
 * nothing. After a revocation only an admin generates a new certificate. A renewal's cycle starts
 * afresh: its own certificate, its own first generation time, naming the one it renews.
 */
function request(
  command: Extract<CertificateCommand, { type: 'GenerateCertificate' }>,
  state: CertificateState,
): CertificateEvent[] {
  if (!command.featureEnabled) return refuse('feature-inactive', 'Certificates are not enabled');
  const training = requireTraining(command);
  if (!command.completed)
    return refuse('not-completed', 'The learner has not completed this training');
  // Stryker disable next-line ConditionalExpression: with no certificate yet, both branches start the first one
  const sameCycle = state.status !== 'none' && state.cycle >= command.cycle;
  if (sameCycle && state.status === 'revoked' && command.selfService)
    return refuse(
      'certificate-revoked',
      'Your certificate was revoked; ask an admin for a new one',
    );
  if (sameCycle && (state.status === 'generating' || state.status === 'generated')) return [];
  if (command.learnerErased)
    return refuse('learner-erased', "The learner's personal data was erased");
  if (!training.assignment)
    return refuse('no-certificate-assigned', 'This training has no certificate assigned');
  const { validForMonths, renewalWindowDays } = training.assignment;
  const requestedAt = command.at.toISOString();
  const renews = sameCycle ? null : state.status === 'none' ? null : state.lastGenerated;
  return [
    ...supersededGeneration(state, command.cycle, requestedAt),
    {
      type: 'CertificateGenerationRequested',
      data: {
        certificateId: command.newCertificateId,
        trainingId: command.trainingId,
        learnerId: command.learnerId,
        templateId: training.assignment.templateId,
        version: training.assignment.version,
        requestedAt,
        requestedBy: command.by,
        firstGeneratedAt: sameCycle ? state.firstGeneratedAt : requestedAt,
        ...(typeof validForMonths === 'number' && { validForMonths }),
        ...(typeof validForMonths === 'number' &&
          typeof renewalWindowDays === 'number' && { renewalWindowDays }),
        ...(command.cycle > 1 && { cycle: command.cycle }),
        ...(renews && { renews: renews.certificateId }),
      },
    },
  ];
}

/**
 * A request of an earlier cycle still generating when the next cycle's is made (a renewal
 * started while it rendered) would never be settled: the stream follows one certificate at a
 * time and its outcome would be dropped. It is recorded as failed first, saying why, so every
 * request ends generated, failed or deleted.
 */
function supersededGeneration(
  state: CertificateState,
  cycle: number,
  at: string,
): CertificateEvent[] {
  if (state.status !== 'generating') return [];
  const { certificateId, trainingId, learnerId } = state;
  const reason = `Superseded: cycle ${cycle} began before this certificate was generated`;
  return [
    {
      type: 'CertificateGenerationFailed',
      data: { certificateId, trainingId, learnerId, reason, failedAt: at },
    },
  ];
}

/** An outcome for a generation that was deleted or superseded meanwhile is dropped. */
function recordOutcome(
  command: Extract<
    CertificateCommand,
    { type: 'RecordCertificateGenerated' | 'RecordCertificateGenerationFailed' }
  >,
  state: CertificateState,
): CertificateEvent[] {
  if (state.status !== 'generating' || state.certificateId !== command.certificateId) return [];
  const { certificateId, trainingId, learnerId } = state;
  const ref = { certificateId, trainingId, learnerId };
  const at = command.at.toISOString();
  if (command.type === 'RecordCertificateGenerationFailed')
    return [
      {
        type: 'CertificateGenerationFailed',
        data: { ...ref, reason: command.reason, failedAt: at },
      },
    ];
  const { fileId, sha256, size, credential } = command;
  const validUntil = certificateValidUntil(state);
  return [
    {
      type: 'CertificateGenerated',
      data: {
        ...{ ...ref, fileId, sha256, size, generatedAt: at },
        ...(validUntil !== null && { validUntil }),
        ...(credential && { credential }),
      },
    },
  ];
}

function requireTraining(command: CertificateTarget): TrainingFacts {
  const { training, trainingId } = command;
  if (!training) return refuse('not-found', `No training ${trainingId}`);
  requireScope(command.scope, training.groupId, `Training ${trainingId}`);
  return training;
}

export const certificate: Decider<CertificateState, CertificateCommand, CertificateEvent> = {
  initialState: initialCertificateState,
  evolve: evolveCertificate,
  decide,
};
