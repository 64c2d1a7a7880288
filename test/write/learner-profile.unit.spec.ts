import {
  learnerProfile,
  type LearnerProfileEvent,
} from '../../src/write/learners/domain/learner-profile';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(learnerProfile);
const learnerId = 'learner-1';
const ada = { learnerId, name: 'Ada Lovelace', email: 'ada@example.com' };
const recorded = (data: typeof ada): LearnerProfileEvent => ({
  type: 'LearnerProfileRecorded',
  data,
});

describe('Learner profile', () => {
  it('records a new profile', () => {
    spec
      .given([])
      .when(ada)
      .then([recorded(ada)]);
  });

  it('recording the same name and e-mail twice changes nothing', () => {
    spec
      .given([recorded(ada)])
      .when(ada)
      .thenNothingHappens();
  });

  it('records a changed e-mail', () => {
    const moved = { ...ada, email: 'ada@analytical.engine' };
    spec
      .given([recorded(ada)])
      .when(moved)
      .then([recorded(moved)]);
  });

  it('records a changed name', () => {
    const renamed = { ...ada, name: 'Augusta Ada King' };
    spec
      .given([recorded(ada)])
      .when(renamed)
      .then([recorded(renamed)]);
  });

  it('compares with the latest profile, not the first one', () => {
    const moved = { ...ada, email: 'ada@analytical.engine' };
    spec
      .given([recorded(ada), recorded(moved)])
      .when(ada)
      .then([recorded(ada)]);
  });
});
