import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, id } from './contract';

export const learnerEnrolledV1 = z
  .strictObject({
    trainingId: id(),
    learnerId: id(),
    enrolledAt: dateTime(),
  })
  .describe('A learner was enrolled in a training.');

export const learningProgressRecordedV1 = z
  .strictObject({
    trainingId: id(),
    learnerId: id(),
    percent: z.int().min(0).max(100),
  })
  .describe("A learner's progress in a training changed to a new percentage before completion.");

export const trainingCompletedV1 = z
  .strictObject({
    trainingId: id(),
    learnerId: id(),
    completedAt: dateTime().describe(
      'When the learner completed the training, which may be earlier than when it was reported.',
    ),
    score: z.number().min(0).max(100).nullable().describe('null when the training is not scored.'),
  })
  .describe('A learner completed a training, once and for all, possibly with a score.');

export type EnrollmentEvent =
  | DomainEvent<'LearnerEnrolled', z.infer<typeof learnerEnrolledV1>>
  | DomainEvent<'LearningProgressRecorded', z.infer<typeof learningProgressRecordedV1>>
  | DomainEvent<'TrainingCompleted', z.infer<typeof trainingCompletedV1>>;

export const ENROLLMENT_EVENTS = {
  LearnerEnrolled: { 1: learnerEnrolledV1 },
  LearningProgressRecorded: { 1: learningProgressRecordedV1 },
  TrainingCompleted: { 1: trainingCompletedV1 },
} as const satisfies EventSchemasOf<EnrollmentEvent>;
