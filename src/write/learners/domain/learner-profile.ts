import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { LearnerProfileEvent } from '../../../events/learner-profile.events';

export interface LearnerProfileState {
  readonly name: string | null;
  readonly email: string | null;
  readonly erasedAt: string | null;
}

export type LearnerProfileCommand =
  | {
      readonly type: 'RecordLearnerProfile';
      readonly learnerId: string;
      readonly name: string;
      readonly email: string;
    }
  | {
      readonly type: 'EraseLearnerPersonalData';
      readonly learnerId: string;
      readonly by: string;
      readonly at: Date;
      readonly reason: string | null;
    };

function decide(command: LearnerProfileCommand, state: LearnerProfileState): LearnerProfileEvent[] {
  const { learnerId } = command;
  if (command.type === 'EraseLearnerPersonalData') {
    if (state.erasedAt !== null) return [];
    const { by: erasedBy, reason } = command;
    const erasedAt = command.at.toISOString();
    return [{ type: 'LearnerPersonalDataErased', data: { learnerId, erasedAt, erasedBy, reason } }];
  }
  if (state.erasedAt !== null)
    return refuse('learner-erased', `Learner ${learnerId}'s personal data was erased`);
  const { name, email } = command;
  return state.name === name && state.email === email
    ? []
    : [{ type: 'LearnerProfileRecorded', data: { learnerId, name, email } }];
}

export const learnerProfile: Decider<
  LearnerProfileState,
  LearnerProfileCommand,
  LearnerProfileEvent
> = {
  holdsPersonalData: true,
  initialState: () => ({ name: null, email: null, erasedAt: null }),
  evolve: (state, { type, data }) =>
    type === 'LearnerProfileRecorded'
      ? { ...state, name: data.name, email: data.email }
      : // Stryker disable next-line ObjectLiteral: undefined erasedAt still reads as erased, and ends every decision
        { name: null, email: null, erasedAt: data.erasedAt },
  decide,
};
