import type { DomainEvent } from '../../../core/decider';

export type TrainingType = 'course' | 'pathway' | 'learning-program';

export type TrainingEvent =
  | DomainEvent<
      'TrainingCreated',
      { trainingId: string; type: TrainingType; title: string; groupId: string | null }
    >
  | DomainEvent<
      'CertificateAssigned',
      {
        trainingId: string;
        templateId: string;
        version: number;
        assignedAt: string;
        assignedBy: string;
        /** Certificates generated under this assignment expire after it; null or absent: never. */
        validForMonths?: number | null;
      }
    >
  | DomainEvent<
      'CertificateUnassigned',
      { trainingId: string; templateId: string; version: number; unassignedBy: string }
    >;
