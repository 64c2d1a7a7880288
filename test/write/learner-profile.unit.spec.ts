import { learnerProfile } from '../../src/write/learners/domain/learner-profile';
import type { LearnerProfileEvent } from '../../src/events/learner-profile.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(learnerProfile);
const learnerId = 'learner-1';
const ada = { learnerId, name: 'Ada Lovelace', email: 'ada@example.com' };
const record = (data: typeof ada) => ({ type: 'RecordLearnerProfile' as const, ...data });
const recorded = (data: typeof ada): LearnerProfileEvent => ({
  type: 'LearnerProfileRecorded',
  data,
});

describe('Learner profile', () => {
  it('records a new profile', () => {
    spec
      .given([])
      .when(record(ada))
      .then([recorded(ada)]);
  });

  it('recording the same name and e-mail twice changes nothing', () => {
    spec
      .given([recorded(ada)])
      .when(record(ada))
      .thenNothingHappens();
  });

  it('records a changed e-mail', () => {
    const moved = { ...ada, email: 'ada@analytical.engine' };
    spec
      .given([recorded(ada)])
      .when(record(moved))
      .then([recorded(moved)]);
  });

  it('records a changed name', () => {
    const renamed = { ...ada, name: 'Augusta Ada King' };
    spec
      .given([recorded(ada)])
      .when(record(renamed))
      .then([recorded(renamed)]);
  });

  it('compares with the latest profile, not the first one', () => {
    const moved = { ...ada, email: 'ada@analytical.engine' };
    spec
      .given([recorded(ada), recorded(moved)])
      .when(record(ada))
      .then([recorded(ada)]);
  });

  const at = new Date('2026-11-25T10:00:00.000Z');
  const erase = (reason: string | null = 'Ticket 4711') => ({
    type: 'EraseLearnerPersonalData' as const,
    ...{ learnerId, by: 'admin-1', at, reason },
  });
  const erased: LearnerProfileEvent = {
    type: 'LearnerPersonalDataErased',
    data: { learnerId, erasedAt: at.toISOString(), erasedBy: 'admin-1', reason: 'Ticket 4711' },
  };

  it('erases: the event names who, when and why, and no personal data', () => {
    spec
      .given([recorded(ada)])
      .when(erase())
      .then([erased]);
  });

  it('erasing twice is a no-op', () => {
    spec
      .given([recorded(ada), erased])
      .when(erase(null))
      .thenNothingHappens();
  });

  it('refuses a profile for an erased learner', () => {
    spec
      .given([recorded(ada), erased])
      .when(record(ada))
      .thenThrows('learner-erased');
  });
});
