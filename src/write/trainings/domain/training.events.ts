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
      }
    >
  | DomainEvent<
      'CertificateUnassigned',
      { trainingId: string; templateId: string; version: number; unassignedBy: string }
    >;
