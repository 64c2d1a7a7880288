import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, cycle, dateTime, id, userId } from './contract';

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

export const renewalStartedV1 = z
  .strictObject({
    trainingId: id(),
    learnerId: id(),
    cycle: cycle().min(2).describe('The cycle that starts: progress and completion start again.'),
    renews: id().describe('The certificate generated in an earlier cycle that this cycle renews.'),
    startedAt: dateTime(),
    startedBy: userId().describe('The learner, or the admin who renewed on their behalf.'),
  })
  .describe(
    "A learner's certificate is being renewed: a new cycle of the training starts; earlier cycles stay in the history.",
  );

export type EnrollmentEvent =
  | DomainEvent<'LearnerEnrolled', z.infer<typeof learnerEnrolledV1>>
  | DomainEvent<'LearningProgressRecorded', z.infer<typeof learningProgressRecordedV1>>
  | DomainEvent<'TrainingCompleted', z.infer<typeof trainingCompletedV1>>
  | DomainEvent<'RenewalStarted', z.infer<typeof renewalStartedV1>>;

export const ENROLLMENT_EVENTS = {
  LearnerEnrolled: { 1: learnerEnrolledV1 },
  LearningProgressRecorded: { 1: learningProgressRecordedV1 },
  TrainingCompleted: { 1: trainingCompletedV1 },
  RenewalStarted: { 1: renewalStartedV1 },
} as const satisfies EventSchemasOf<EnrollmentEvent>;
