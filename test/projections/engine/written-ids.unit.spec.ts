import { WrittenIds } from '../../../src/projections/engine/written-ids';

describe('The ids a rebuild may have written', () => {
  it('holds every id added, per collection, and few of the others', () => {
    const ids = new WrittenIds();
    const added = Array.from({ length: 50_000 }, (_, i) => `learner-${i}:training-${i % 25}`);
    for (const id of added) ids.add('learnerTrainings_g2', id);

    expect(added.every((id) => ids.mayHold('learnerTrainings_g2', id))).toBe(true);
    const others = added.filter((id) => ids.mayHold('reportHeads_g2', id)).length;
    const never = Array.from({ length: 50_000 }, (_, i) => `learner-${i}:training-x`).filter((id) =>
      ids.mayHold('learnerTrainings_g2', id),
    ).length;
    expect(others + never).toBeLessThan(100);
  });
});
