import { type AccessScope, requireScope } from '../../../core/access-scope';
import { isRenewalOpen } from '../../../core/certificate-validity';
import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { EnrollmentEvent } from '../../../events/enrollment.events';

export interface EnrollmentState {
  readonly enrolled: boolean;
  /** 1 from the enrolment, one more per renewal; progress and completion are the cycle's. */
  readonly cycle: number;
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

/** What the learner's certificate stream says, looked up for a renewal. */
export interface RenewalFacts {
  /** The certificate generated last, in whichever cycle; null when none ever was. */
  readonly lastGenerated: { readonly certificateId: string; readonly cycle: number } | null;
  /** The certificate requested last, as it stands now; null when none ever was. */
  readonly latest: {
    readonly cycle: number;
    readonly status: 'generating' | 'generated' | 'failed' | 'revoked' | 'deleted';
    readonly validUntil: string | null;
    readonly renewalWindowDays: number | null;
  } | null;
}

export type EnrollmentCommand =
  | (EnrollmentTarget & { readonly type: 'EnrollLearner' })
  | (EnrollmentTarget & {
      readonly type: 'RenewCertificate';
      /** The learner renews their own (only while renewal is open); else an admin, at any time. */
      readonly selfService: boolean;
      readonly certificate: RenewalFacts;
      readonly by: string;
    })
  | (EnrollmentTarget & { readonly type: 'RecordProgress'; readonly percent: number })
  | (EnrollmentTarget & {
      readonly type: 'CompleteTraining';
      readonly completedAt: Date | null;
      readonly score: number | null;
    });

const initialState = (): EnrollmentState => ({
  enrolled: false,
  cycle: 1,
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
    case 'RenewalStarted':
      return { ...state, cycle: event.data.cycle, percent: 0, completedAt: null, score: null };
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
  if (command.type === 'RenewCertificate') return renew(command, state);
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

/**
 * SPEC §1 "Renewal": a renewal starts the next cycle. While one is running (its certificate not
 * generated yet) renewing again changes nothing, so concurrent renewals end in one cycle. The
 * learner renews only a generated certificate with a validity whose window has opened (it stays
 * open after expiry); an admin renews once any certificate was generated, revoked or expired too.
 */
function renew(
  command: Extract<EnrollmentCommand, { type: 'RenewCertificate' }>,
  state: EnrollmentState,
): EnrollmentEvent[] {
  const { lastGenerated, latest } = command.certificate;
  if (state.cycle > 1 && lastGenerated?.cycle !== state.cycle) return [];
  if (!lastGenerated) return refuse('renewal-not-open', 'No certificate was generated yet');
  if (command.selfService) {
    const current = latest?.cycle === state.cycle ? latest : null;
    if (current?.status === 'revoked')
      return refuse('certificate-revoked', 'Your certificate was revoked; ask an admin');
    if (
      current?.status !== 'generated' ||
      current.validUntil === null ||
      current.renewalWindowDays === null ||
      !isRenewalOpen(current.validUntil, current.renewalWindowDays, command.at)
    )
      return refuse('renewal-not-open', 'Renewal of this certificate is not open');
  }
  const { trainingId, learnerId } = command;
  return [
    {
      type: 'RenewalStarted',
      data: {
        ...{ trainingId, learnerId, cycle: state.cycle + 1, renews: lastGenerated.certificateId },
        ...{ startedAt: command.at.toISOString(), startedBy: command.by },
      },
    },
  ];
}

export const enrollment: Decider<EnrollmentState, EnrollmentCommand, EnrollmentEvent> = {
  initialState,
  evolve,
  decide,
};
