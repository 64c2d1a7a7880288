import type { DomainEvent } from '../../../core/decider';

export type EnrollmentEvent =
  | DomainEvent<'LearnerEnrolled', { trainingId: string; learnerId: string; enrolledAt: string }>
  | DomainEvent<
      'LearningProgressRecorded',
      { trainingId: string; learnerId: string; percent: number }
    >
  | DomainEvent<
      'TrainingCompleted',
      { trainingId: string; learnerId: string; completedAt: string; score: number | null }
    >;
