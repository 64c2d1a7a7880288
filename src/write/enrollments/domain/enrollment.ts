import { type AccessScope, requireScope } from '../../../core/access-scope';
import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { EnrollmentEvent } from '../../../events/enrollment.events';

export interface EnrollmentState {
  readonly enrolled: boolean;
  readonly percent: number;
  readonly completedAt: string | null;
  /** The score reported with the completion, if any. */
  readonly score: number | null;
}

interface EnrollmentTarget {
  readonly trainingId: string;
  readonly learnerId: string;
  /** The training's group, or null when the training does not exist in the tenant. */
  readonly training: { readonly groupId: string | null } | null;
  readonly scope: AccessScope;
  readonly at: Date;
}

export type EnrollmentCommand =
  | (EnrollmentTarget & { readonly type: 'EnrollLearner' })
  | (EnrollmentTarget & { readonly type: 'RecordProgress'; readonly percent: number })
  | (EnrollmentTarget & {
      readonly type: 'CompleteTraining';
      readonly completedAt: Date | null;
      readonly score: number | null;
    });

const initialState = (): EnrollmentState => ({
  enrolled: false,
  percent: 0,
  completedAt: null,
  score: null,
});

function evolve(state: EnrollmentState, event: EnrollmentEvent): EnrollmentState {
  switch (event.type) {
    case 'LearnerEnrolled':
      return { ...state, enrolled: true };
    case 'LearningProgressRecorded':
      return { ...state, percent: event.data.percent };
    case 'TrainingCompleted':
      return {
        ...state,
        percent: 100,
        completedAt: event.data.completedAt,
        score: event.data.score,
      };
  }
}

/**
 * Progress and completion imply enrolment: an integration that reports them for a learner it
 * never enrolled enrols the learner in the same append. Completion is final, so later progress
 * and a second completion change nothing.
 */
function decide(command: EnrollmentCommand, state: EnrollmentState): EnrollmentEvent[] {
  const { trainingId, learnerId, training } = command;
  if (!training) return refuse('not-found', `No training ${trainingId}`);
  requireScope(command.scope, training.groupId, `Training ${trainingId}`);
  // A completion reported for a past day enrols the learner no later than that day.
  const enrolledAt =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only completions have a completedAt; later ones are refused
    command.type === 'CompleteTraining' && command.completedAt && command.completedAt < command.at
      ? command.completedAt
      : command.at;
  const enrol: EnrollmentEvent[] = state.enrolled
    ? []
    : [
        {
          type: 'LearnerEnrolled',
          data: { trainingId, learnerId, enrolledAt: enrolledAt.toISOString() },
        },
      ];
  switch (command.type) {
    case 'EnrollLearner':
      return enrol;
    case 'RecordProgress':
      if (state.completedAt !== null || (state.enrolled && state.percent === command.percent))
        return [];
      return [
        ...enrol,
        {
          type: 'LearningProgressRecorded',
          data: { trainingId, learnerId, percent: command.percent },
        },
      ];
    case 'CompleteTraining': {
      if (state.completedAt !== null) return [];
      const completedAt = command.completedAt ?? command.at;
      if (completedAt > command.at)
        return refuse('validation-failed', 'completedAt cannot be in the future');
      return [
        ...enrol,
        {
          type: 'TrainingCompleted',
          data: {
            trainingId,
            learnerId,
            completedAt: completedAt.toISOString(),
            score: command.score,
          },
        },
      ];
    }
  }
}

export const enrollment: Decider<EnrollmentState, EnrollmentCommand, EnrollmentEvent> = {
  initialState,
  evolve,
  decide,
};
