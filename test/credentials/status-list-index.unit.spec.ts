import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { STATUS_LIST_LENGTH } from '../../src/credentials/status-list';
import {
  assignStatusListIndex,
  StatusListFullError,
} from '../../src/credentials/status-list-index';

describe('assignStatusListIndex', () => {
  it('gives the same index for the same tenant, certificate and taken set', () => {
    const taken = new Set([1, 2, 3]);

    expect(assignStatusListIndex('acme', 'cert-1', taken)).toBe(
      assignStatusListIndex('acme', 'cert-1', taken),
    );
    expect(assignStatusListIndex('acme', 'cert-1', taken)).not.toBe(
      assignStatusListIndex('acme', 'cert-2', taken),
    );
  });

  it('never gives a taken index: replaying a log of issues gives distinct indexes within the list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 200 }), (certificateIds) => {
        const taken = new Set<number>();
        for (const id of certificateIds) {
          const index = assignStatusListIndex('acme', id, taken);
          expect(taken.has(index)).toBe(false);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(STATUS_LIST_LENGTH);
          taken.add(index);
        }
        expect(taken.size).toBe(certificateIds.length);
      }),
    );
  });

  it('draws again when the first candidate is taken', () => {
    const first = assignStatusListIndex('acme', 'cert-1', new Set());

    const second = assignStatusListIndex('acme', 'cert-1', new Set([first]));

    expect(second).not.toBe(first);
    // The draw is a hash of tenant, certificate and attempt: the same on every replay.
    const draw = (attempt: number) =>
      createHash('sha256').update(`acme\ncert-1\n${attempt}`).digest().readUInt32BE(0) %
      STATUS_LIST_LENGTH;
    expect([first, second]).toEqual([draw(0), draw(1)]);
    expect(assignStatusListIndex('acme', 'cert-1', new Set([first, second]))).toBe(draw(2));
  });

  it('spreads indexes over the whole list, not in issue order', () => {
    const taken = new Set<number>();
    const indexes = Array.from({ length: 1000 }, (_, i) => {
      const index = assignStatusListIndex('acme', `cert-${i}`, taken);
      taken.add(index);
      return index;
    });

    const upperHalf = indexes.filter((i) => i >= STATUS_LIST_LENGTH / 2).length;
    expect(upperHalf).toBeGreaterThan(400);
    expect(upperHalf).toBeLessThan(600);
    expect(indexes).not.toEqual([...indexes].sort((a, b) => a - b));
  });

  it('refuses when the list is full', () => {
    const everything = new Set(Array.from({ length: STATUS_LIST_LENGTH }, (_, i) => i));

    expect(() => assignStatusListIndex('acme', 'cert-1', everything)).toThrow(
      new StatusListFullError('The status list of acme is full'),
    );
  });
});
