import { assignStatusListIndex } from '../../src/credentials/status-list-index';
import { fold } from '../../src/core/decider';
import { indexOf, statusList } from '../../src/write/status-lists/domain/status-list';
import type { StatusListEvent } from '../../src/events/status-list.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(statusList);
const at = new Date('2026-03-02T09:00:00.000Z');
const assign = (certificateId: string) =>
  ({ type: 'AssignStatusListIndex', tenantId: 'acme', certificateId, at }) as const;
const assigned = (certificateId: string, statusListIndex: number): StatusListEvent => ({
  type: 'StatusListIndexAssigned',
  data: { certificateId, statusListIndex, assignedAt: at.toISOString() },
});

describe('A tenant status list', () => {
  it('gives a certificate the index drawn from the tenant and certificate', () => {
    const index = assignStatusListIndex('acme', 'c1', new Set());
    spec
      .given([])
      .when(assign('c1'))
      .then([assigned('c1', index)]);
  });

  it('gives a certificate that has an index nothing new', () => {
    spec
      .given([assigned('c1', 7)])
      .when(assign('c1'))
      .thenNothingHappens();
  });

  it('never gives an index that is taken', () => {
    const wanted = assignStatusListIndex('acme', 'c2', new Set());
    const other = assignStatusListIndex('acme', 'c2', new Set([wanted]));
    expect(other).not.toBe(wanted);
    spec
      .given([assigned('c1', wanted)])
      .when(assign('c2'))
      .then([assigned('c2', other)]);
  });
});

describe('The index a certificate signs with', () => {
  it('is the one it was given, whatever other certificates got since', () => {
    const state = fold(statusList, [assigned('c1', 7), assigned('c2', 3)]);
    expect(indexOf(state, 'c1')).toBe(7);
    expect(indexOf(state, 'c2')).toBe(3);
  });

  it('is never made up for a certificate that was given none: that is an error naming it', () => {
    const state = fold(statusList, [assigned('c1', 7)]);
    expect(() => indexOf(state, 'c2')).toThrow('Certificate c2 has no status list index');
  });
});
