import { tenantWide } from '../../src/core/access-scope';
import type { CertificateArchiveEvent } from '../../src/events/certificate-archive.events';
import {
  certificateArchive,
  type CertificateArchiveCommand,
} from '../../src/write/certificate-archives/domain/certificate-archive';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(certificateArchive);
const at = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-02T10:05:00.000Z');
const ref = { archiveId: 'a1', trainingId: 't1' };

const request = (
  overrides: Partial<
    Extract<CertificateArchiveCommand, { type: 'RequestCertificateArchive' }>
  > = {},
): CertificateArchiveCommand => ({
  type: 'RequestCertificateArchive',
  ...ref,
  training: { groupId: 'g1' },
  scope: tenantWide,
  asOf: null,
  by: 'admin-1',
  at,
  ...overrides,
});
const requested = (asOf: string | null = null): CertificateArchiveEvent => ({
  type: 'CertificateArchiveRequested',
  data: { ...ref, groupId: 'g1', asOf, requestedAt: at.toISOString(), requestedBy: 'admin-1' },
});
const started: CertificateArchiveEvent = {
  type: 'CertificateArchiveStarted',
  data: { ...ref, startedAt: at.toISOString() },
};
const complete: CertificateArchiveCommand = {
  type: 'CompleteCertificateArchive',
  ...{ count: 2, sha256: 'ab'.repeat(32), size: 900, at: later },
};
const completed: CertificateArchiveEvent = {
  type: 'CertificateArchiveCompleted',
  data: {
    ...ref,
    ...{ count: 2, sha256: 'ab'.repeat(32), size: 900, completedAt: later.toISOString() },
    expiresAt: '2026-03-09T10:05:00.000Z',
  },
};
const fail: CertificateArchiveCommand = { type: 'FailCertificateArchive', reason: 'gone', at };
const expire = (cutoff: string): CertificateArchiveCommand => ({
  type: 'ExpireCertificateArchive',
  cutoff: new Date(cutoff),
  at: new Date(cutoff),
});
const erase: CertificateArchiveCommand = { type: 'DeleteCertificateArchive', learnerId: 'ana', at };

describe('A certificate archive', () => {
  it('is requested for a training, now or as of a day whose cut-off has passed', () => {
    spec.given([]).when(request()).then([requested()]);
    spec
      .given([])
      .when(request({ asOf: '2026-03-02' }))
      .then([requested('2026-03-02')]);
    spec
      .given([])
      .when(request({ asOf: '2026-03-03' }))
      .thenThrows('not-ready');
  });

  it('is refused for an unknown training, outside the groups, or twice', () => {
    spec
      .given([])
      .when(request({ training: null }))
      .thenThrows('not-found');
    spec
      .given([])
      .when(request({ scope: { kind: 'groups', groups: ['g2'] } }))
      .thenThrows('forbidden');
    spec.given([requested()]).when(request()).thenThrows('already-exists');
  });

  it('is done once, kept seven days from completion, or failed', () => {
    spec.given([requested(), started]).when(complete).then([completed]);
    spec.given([requested(), started, completed]).when(complete).thenNothingHappens();
    spec.given([requested(), started, completed]).when(fail).thenNothingHappens();
    spec
      .given([requested()])
      .when(fail)
      .then([
        {
          type: 'CertificateArchiveFailed',
          data: { ...ref, reason: 'gone', failedAt: at.toISOString() },
        },
      ]);
  });

  it('expires at the first cut-off at or after its seven days, once', () => {
    const history = [requested(), started, completed];
    spec.given(history).when(expire('2026-03-09T00:00:00.000Z')).thenNothingHappens();
    const expired: CertificateArchiveEvent = {
      type: 'CertificateArchiveExpired',
      data: {
        ...ref,
        cutoff: '2026-03-10T00:00:00.000Z',
        expiredAt: '2026-03-10T00:00:00.000Z',
      },
    };
    spec.given(history).when(expire('2026-03-10T00:00:00.000Z')).then([expired]);
    spec
      .given([...history, expired])
      .when(expire('2026-03-11T00:00:00.000Z'))
      .thenNothingHappens();
    spec
      .given([...history, expired])
      .when(erase)
      .thenNothingHappens();
  });

  it('is deleted once by an erasure of a learner it holds; nothing ends an archive not done', () => {
    const deleted: CertificateArchiveEvent = {
      type: 'CertificateArchiveDeleted',
      data: { ...ref, learnerId: 'ana', deletedAt: at.toISOString() },
    };
    spec.given([requested(), completed]).when(erase).then([deleted]);
    spec.given([requested(), completed, deleted]).when(erase).thenNothingHappens();
    spec.given([requested()]).when(erase).thenNothingHappens();
    spec.given([]).when(erase).thenNothingHappens();
    spec.given([]).when(complete).thenNothingHappens();
  });
});
