import { ProjectionSpecification } from '../../support/projection-specification';
import {
  STATUS_LIST_ENTRIES,
  STATUS_LISTS,
  statusListsProjection,
} from '../../../src/read/status-lists/status-lists.projection';

const spec = ProjectionSpecification.for(statusListsProjection);
const ref = (certificateId: string) => ({ certificateId, trainingId: 't1', learnerId: 'l1' });
const assigned = (certificateId: string, statusListIndex: number) => ({
  occurredAt: '2026-03-02T09:00:00.000Z',
  event: {
    type: 'StatusListIndexAssigned' as const,
    data: { certificateId, statusListIndex, assignedAt: '2026-03-02T09:00:00.000Z' },
  },
});
const deleted = (certificateId: string, occurredAt: string) => ({
  occurredAt,
  event: {
    type: 'CertificateDeleted' as const,
    data: { ...ref(certificateId), reason: null, deletedBy: 'admin', deletedAt: occurredAt },
  },
});
const revoked = (certificateId: string, occurredAt: string) => ({
  occurredAt,
  event: {
    type: 'CertificateRevoked' as const,
    data: { ...ref(certificateId), reason: 'fraud', revokedBy: 'admin', revokedAt: occurredAt },
  },
});
const entries = {
  c1: { _id: 'c1', statusListIndex: 42 },
  c2: { _id: 'c2', statusListIndex: 7 },
};

describe('The status lists projection', () => {
  it('holds every index assigned, and no list while nothing is revoked', () => {
    spec.given([assigned('c1', 42), assigned('c2', 7)]).then({ [STATUS_LIST_ENTRIES]: entries });
  });

  it('[R-deletion-ends-validity] [R-revocation] flips the index of a revoked or deleted certificate, at the time of the last change', () => {
    spec
      .given([
        assigned('c1', 42),
        assigned('c2', 7),
        revoked('c1', '2026-03-03T10:00:00.000Z'),
        deleted('c2', '2026-03-04T10:00:00.000Z'),
        deleted('c1', '2026-03-05T10:00:00.000Z'),
      ])
      .then({
        [STATUS_LIST_ENTRIES]: entries,
        [STATUS_LISTS]: {
          acme: {
            _id: 'acme',
            tenant: 'acme',
            revokedIndexes: [7, 42],
            updatedAt: '2026-03-04T10:00:00.000Z',
          },
        },
      });
  });

  it('has nothing to flip for a certificate without an index', () => {
    spec.given([deleted('old', '2026-03-04T10:00:00.000Z')]).thenNothingStored();
  });
});
