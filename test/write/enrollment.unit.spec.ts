import { type AccessScope, tenantWide } from '../../src/core/access-scope';
import { enrollment, type EnrollmentCommand } from '../../src/write/enrollments/domain/enrollment';
import type { EnrollmentEvent } from '../../src/events/enrollment.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(enrollment);
const trainingId = 'training-1';
const learnerId = 'learner-1';
const now = new Date('2026-03-02T10:00:00Z');
const earlier = new Date('2026-03-01T16:45:00Z');
const later = new Date('2026-03-04T08:00:00Z');
const groupsOf = (...groups: string[]): AccessScope => ({ kind: 'groups', groups });

const target = {
  trainingId,
  learnerId,
  training: { groupId: null } as { groupId: string | null } | null,
  scope: tenantWide,
  at: now,
};

const enrol = (overrides: Partial<typeof target> = {}): EnrollmentCommand => ({
  type: 'EnrollLearner',
  ...target,
  ...overrides,
});

const progress = (percent: number, overrides: Partial<typeof target> = {}): EnrollmentCommand => ({
  type: 'RecordProgress',
  percent,
  ...target,
  ...overrides,
});

const complete = (
  completedAt: Date | null,
  score: number | null = null,
  overrides: Partial<typeof target> = {},
): EnrollmentCommand => ({ type: 'CompleteTraining', completedAt, score, ...target, ...overrides });

const enrolled = (at = now): EnrollmentEvent => ({
  type: 'LearnerEnrolled',
  data: { trainingId, learnerId, enrolledAt: at.toISOString() },
});

const progressed = (percent: number): EnrollmentEvent => ({
  type: 'LearningProgressRecorded',
  data: { trainingId, learnerId, percent },
});

const completed = (at: Date, score: number | null = null): EnrollmentEvent => ({
  type: 'TrainingCompleted',
  data: { trainingId, learnerId, completedAt: at.toISOString(), score },
});

describe('Enrollment', () => {
  describe('enrolling', () => {
    it('enrols a learner', () => {
      spec.given([]).when(enrol()).then([enrolled()]);
    });

    it('enrolling twice changes nothing', () => {
      spec
        .given([enrolled(earlier)])
        .when(enrol())
        .thenNothingHappens();
    });

    it('refuses a training that does not exist', () => {
      spec
        .given([])
        .when(enrol({ training: null }))
        .thenThrows('not-found');
    });
  });

  describe('recording progress', () => {
    it('[R-progress-and-completion] records progress of an enrolled learner', () => {
      spec
        .given([enrolled()])
        .when(progress(40))
        .then([progressed(40)]);
    });

    it('enrols a learner who was never enrolled, in the same decision', () => {
      spec
        .given([])
        .when(progress(10))
        .then([enrolled(), progressed(10)]);
    });

    it('recording the same percentage again changes nothing', () => {
      spec
        .given([enrolled(), progressed(40)])
        .when(progress(40))
        .thenNothingHappens();
    });

    it('records a new percentage', () => {
      spec
        .given([enrolled(), progressed(40)])
        .when(progress(70))
        .then([progressed(70)]);
    });

    it('progress after completion changes nothing: completion is final', () => {
      spec
        .given([enrolled(), completed(earlier)])
        .when(progress(50))
        .thenNothingHappens();
    });

    it('refuses a training that does not exist', () => {
      spec
        .given([enrolled()])
        .when(progress(10, { training: null }))
        .thenThrows('not-found');
    });
  });

  describe('completing', () => {
    it('completes at the time of the command when no completion time is given', () => {
      spec
        .given([enrolled(earlier)])
        .when(complete(null))
        .then([completed(now)]);
    });

    it('records the given past completion time and the score', () => {
      spec
        .given([enrolled(earlier)])
        .when(complete(earlier, 92))
        .then([completed(earlier, 92)]);
    });

    it('accepts a completion time equal to now', () => {
      spec
        .given([enrolled()])
        .when(complete(now))
        .then([completed(now)]);
    });

    it('enrols a learner who was never enrolled, in the same decision', () => {
      spec
        .given([])
        .when(complete(null, 75))
        .then([enrolled(), completed(now, 75)]);
    });

    it('enrols a never-enrolled learner no later than a past completion', () => {
      spec
        .given([])
        .when(complete(earlier))
        .then([enrolled(earlier), completed(earlier)]);
    });

    it('refuses a completion time in the future', () => {
      spec.given([enrolled()]).when(complete(later)).thenThrows('validation-failed');
    });

    it('[R-progress-and-completion] completing twice is a no-op, not an error', () => {
      spec
        .given([enrolled(), completed(earlier, 80)])
        .when(complete(null, 95))
        .thenNothingHappens();
    });

    it('completing twice is a no-op even with a different completion time', () => {
      spec
        .given([enrolled(), completed(earlier)])
        .when(complete(now))
        .thenNothingHappens();
    });

    it('refuses a training that does not exist', () => {
      spec
        .given([])
        .when(complete(null, null, { training: null }))
        .thenThrows('not-found');
    });
  });

  describe('group scope', () => {
    const inNorth = { training: { groupId: 'north' } };

    it('lets a group-scoped actor act on a training of their group', () => {
      spec
        .given([])
        .when(progress(20, { ...inNorth, scope: groupsOf('north') }))
        .then([enrolled(), progressed(20)]);
    });

    it('forbids a group-scoped actor to act on a training of another group', () => {
      for (const command of [
        enrol({ ...inNorth, scope: groupsOf('south') }),
        progress(20, { ...inNorth, scope: groupsOf('south') }),
        complete(null, null, { ...inNorth, scope: groupsOf('south') }),
      ])
        spec.given([]).when(command).thenThrows('forbidden');
    });

    it('forbids a group-scoped actor to act on a training without a group', () => {
      spec
        .given([])
        .when(enrol({ scope: groupsOf('north') }))
        .thenThrows('forbidden');
    });

    it('lets a tenant-wide actor act on a training of any group', () => {
      spec
        .given([])
        .when(enrol({ ...inNorth, scope: tenantWide }))
        .then([enrolled()]);
    });

    it('answers not-found, not forbidden, for a training that does not exist', () => {
      spec
        .given([])
        .when(enrol({ training: null, scope: groupsOf('north') }))
        .thenThrows('not-found');
    });
  });
});
