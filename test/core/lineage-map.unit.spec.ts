import { fold } from '../../src/core/decider';
import { LineageMap } from '../../src/core/lineage-map';
import type { CertificateNumberEvent } from '../../src/events/certificate-number.events';
import { certificateNumbers } from '../../src/write/certificate-numbers/domain/certificate-numbers';

const assigned = (certificateId: string, sequence: number): CertificateNumberEvent => ({
  type: 'CertificateNumberAssigned',
  data: {
    ...{ certificateId, trainingId: 't1', learnerId: `learner-of-${certificateId}` },
    number: `ACME-2026-${String(sequence).padStart(6, '0')}`,
    ...{ sequence, assignedAt: '2026-03-02T09:00:00.000Z' },
  },
});

/** The numbers a value holds among c1 to c4 (answering `get` only for those it `has`). */
function held(numbers: LineageMap<string, string>): Record<string, string | undefined> {
  const ids = ['c1', 'c2', 'c3', 'c4'].filter((id) => numbers.has(id));
  for (const id of ['c1', 'c2', 'c3', 'c4'].filter((id) => !ids.includes(id)))
    expect(numbers.get(id)).toBeUndefined();
  return Object.fromEntries(ids.map((id) => [id, numbers.get(id)]));
}

describe("A lineage map (a tenant's certificate numbers, shared between the states of one fold)", () => {
  it('leaves a value as it was when a later one is made from it', () => {
    const one = LineageMap.none<string, string>().with('c1', 'N1');
    const two = one.with('c2', 'N2');
    const three = two.with('c3', 'N3');
    expect(held(one)).toEqual({ c1: 'N1' });
    expect(held(three)).toEqual({ c1: 'N1', c2: 'N2', c3: 'N3' });
    expect([one.size, two.size, three.size]).toEqual([1, 2, 3]);
  });

  it('keeps two values grown apart from one value apart', () => {
    const base = LineageMap.none<string, string>().with('c1', 'N1');
    const left = base.with('c2', 'N2');
    const right = base.with('c3', 'N2');
    const leftLater = left.with('c4', 'N3');
    const rightLater = right.with('c4', 'N9');
    expect(held(left)).toEqual({ c1: 'N1', c2: 'N2' });
    expect(held(right)).toEqual({ c1: 'N1', c3: 'N2' });
    expect(held(leftLater)).toEqual({ c1: 'N1', c2: 'N2', c4: 'N3' });
    expect(held(rightLater)).toEqual({ c1: 'N1', c3: 'N2', c4: 'N9' });
    expect(held(base)).toEqual({ c1: 'N1' });
  });

  it('gives the same next number to two values grown from one value alike', () => {
    const base = LineageMap.none<string, string>().with('c1', 'N1');
    const once = base.with('c2', 'N2');
    const again = base.with('c2', 'N2');
    expect([once.get('c2'), again.get('c2'), again.size]).toEqual(['N2', 'N2', 2]);
    expect(once.with('c3', 'N3').get('c3')).toBe('N3');
    expect(again.has('c3')).toBe(false);
  });

  it('replaces the number of a certificate given one again, in the new value only', () => {
    const first = LineageMap.none<string, string>().with('c1', 'N1').with('c2', 'N2');
    const renumbered = first.with('c1', 'N7');
    expect([renumbered.get('c1'), renumbered.get('c2'), renumbered.size]).toEqual(['N7', 'N2', 2]);
    expect(first.get('c1')).toBe('N1');
  });

  it('folds a history twice to the same numbers, and each fold decides on its own', () => {
    const history = [assigned('c1', 1), assigned('c2', 2)];
    const state = fold(certificateNumbers, history);
    const refolded = fold(certificateNumbers, history);
    const [mine] = certificateNumbers.decide(
      {
        type: 'AssignCertificateNumber',
        ...{ certificateId: 'c3', trainingId: 't1', learnerId: 'l3', prefix: 'ACME' },
        ...{ issuedAt: new Date('2026-03-02T09:00:00.000Z'), at: new Date() },
      },
      state,
    );
    expect(mine?.data.sequence).toBe(3);
    const after = certificateNumbers.evolve(state, mine!);
    const sibling = certificateNumbers.evolve(state, assigned('c4', 3));
    expect([after.byCertificate.has('c3'), after.byCertificate.has('c4')]).toEqual([true, false]);
    expect([sibling.byCertificate.has('c3'), sibling.byCertificate.has('c4')]).toEqual([
      false,
      true,
    ]);
    expect([state.byCertificate.size, state.sequence]).toEqual([2, 2]);
    expect(refolded.byCertificate.get('c2')).toBe('ACME-2026-000002');
  });
});
