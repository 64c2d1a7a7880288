import {
  CERTIFICATE_ARCHIVES,
  certificateArchivesProjection,
} from '../../../src/read/certificate-archives/certificate-archives.projection';
import { ProjectionSpecification } from '../../support/projection-specification';

const spec = ProjectionSpecification.for(certificateArchivesProjection);
const ref = { archiveId: 'a1', trainingId: 't1' };
const at = (time: string) => `2026-03-02T${time}.000Z`;
const requested = {
  occurredAt: at('09:00:00'),
  event: {
    type: 'CertificateArchiveRequested' as const,
    data: {
      ...{ ...ref, groupId: 'g1', asOf: '2026-03-01' },
      ...{ requestedAt: at('09:00:00'), requestedBy: 'admin-1' },
    },
  },
};
const started = {
  occurredAt: at('09:00:01'),
  event: {
    type: 'CertificateArchiveStarted' as const,
    data: { ...ref, startedAt: at('09:00:01') },
  },
};
const completed = {
  occurredAt: at('09:00:05'),
  event: {
    type: 'CertificateArchiveCompleted' as const,
    data: {
      ...{ ...ref, count: 3, sha256: 'ab'.repeat(32), size: 1234 },
      ...{ completedAt: at('09:00:05'), expiresAt: '2026-03-09T09:00:05.000Z' },
    },
  },
};
const archive = {
  _id: 'acme:a1',
  ...{ tenant: 'acme', archiveId: 'a1', trainingId: 't1', groupId: 'g1', asOf: '2026-03-01' },
  ...{ requestedAt: at('09:00:00'), requestedBy: 'admin-1', requestedPosition: '1' },
};
const pending = {
  ...archive,
  ...{ status: 'pending', completedAt: null, count: null, size: null, sha256: null },
  ...{ expiresAt: null, removedAt: null, reason: null },
};
const done = {
  ...pending,
  ...{ status: 'done', completedAt: at('09:00:05'), count: 3, size: 1234 },
  ...{ sha256: 'ab'.repeat(32), expiresAt: '2026-03-09T09:00:05.000Z' },
};

describe('The certificate archives projection', () => {
  it('[R-zip-export] shows an archive pending, running, then done with what its ZIP holds', () => {
    spec.given([requested]).then({ [CERTIFICATE_ARCHIVES]: { 'acme:a1': pending } });
    spec
      .given([requested, started])
      .then({ [CERTIFICATE_ARCHIVES]: { 'acme:a1': { ...pending, status: 'running' } } });
    spec
      .given([requested, started, completed])
      .then({ [CERTIFICATE_ARCHIVES]: { 'acme:a1': done } });
  });

  it('[R-archive-kept-and-erased] shows it expired or deleted, with when its file was removed', () => {
    const expired = {
      occurredAt: '2026-03-10T00:00:00.000Z',
      event: {
        type: 'CertificateArchiveExpired' as const,
        data: { ...ref, cutoff: '2026-03-10T00:00:00.000Z', expiredAt: '2026-03-10T00:00:00.000Z' },
      },
    };
    spec.given([requested, started, completed, expired]).then({
      [CERTIFICATE_ARCHIVES]: {
        'acme:a1': { ...done, status: 'expired', removedAt: '2026-03-10T00:00:00.000Z' },
      },
    });
    const deleted = {
      occurredAt: at('10:00:00'),
      event: {
        type: 'CertificateArchiveDeleted' as const,
        data: { ...ref, learnerId: 'ana', deletedAt: at('10:00:00') },
      },
    };
    spec.given([requested, started, completed, deleted]).then({
      [CERTIFICATE_ARCHIVES]: {
        'acme:a1': { ...done, status: 'deleted', removedAt: at('10:00:00') },
      },
    });
  });

  it('shows a failed archive with its reason', () => {
    const failed = {
      occurredAt: at('09:00:02'),
      event: {
        type: 'CertificateArchiveFailed' as const,
        data: { ...ref, reason: 'disk full', failedAt: at('09:00:02') },
      },
    };
    spec.given([requested, started, failed]).then({
      [CERTIFICATE_ARCHIVES]: {
        'acme:a1': {
          ...pending,
          status: 'failed',
          completedAt: at('09:00:02'),
          reason: 'disk full',
        },
      },
    });
  });
});
