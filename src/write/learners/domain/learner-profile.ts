import type { Decider, DomainEvent } from '../../../core/decider';

/**
 * Personal data lives only in the learner's own stream, apart from learning events, so a
 * person can later be erased without rewriting the rest of the log.
 */
export type LearnerProfileEvent = DomainEvent<
  'LearnerProfileRecorded',
  { learnerId: string; name: string; email: string }
>;

export interface LearnerProfileState {
  readonly name: string | null;
  readonly email: string | null;
}

export interface RecordLearnerProfile {
  readonly type: 'RecordLearnerProfile';
  readonly learnerId: string;
  readonly name: string;
  readonly email: string;
}

export const learnerProfile: Decider<
  LearnerProfileState,
  RecordLearnerProfile,
  LearnerProfileEvent
> = {
  initialState: () => ({ name: null, email: null }),
  evolve: (_state, { data }) => ({ name: data.name, email: data.email }),
  decide: ({ learnerId, name, email }, state) =>
    state.name === name && state.email === email
      ? []
      : [{ type: 'LearnerProfileRecorded', data: { learnerId, name, email } }],
};
