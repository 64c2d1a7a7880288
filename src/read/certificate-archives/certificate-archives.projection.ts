import type { Doc } from '../../read-store/read-store';
import type { CertificateArchiveEvent } from '../../events/certificate-archive.events';
import type { Projection } from '../../projections/projection';

export type ArchiveStatus = 'pending' | 'running' | 'done' | 'failed' | 'expired' | 'deleted';

export interface CertificateArchiveDoc extends Doc {
  readonly tenant: string;
  readonly archiveId: string;
  readonly trainingId: string;
  readonly groupId: string | null;
  readonly status: ArchiveStatus;
  readonly requestedAt: string;
  readonly requestedBy: string;
  readonly asOf: string | null;
  readonly completedAt: string | null;
  readonly count: number | null;
  readonly size: number | null;
  readonly sha256: string | null;
  readonly expiresAt: string | null;
  /** When an expiry or an erasure removed its file. */
  readonly removedAt: string | null;
  readonly reason: string | null;
  /** Where the request stands in the log: an erasure after it may hold a learner it has. */
  readonly requestedPosition: string;
}

export const CERTIFICATE_ARCHIVES = 'certificateArchives';

export const archiveKey = (tenant: string, archiveId: string) => `${tenant}:${archiveId}`;

/** The archive history: every archive, its status and, once done, what its ZIP holds. */
export const certificateArchivesProjection: Projection<CertificateArchiveEvent> = {
  name: 'certificateArchives',
  collections: [
    {
      name: CERTIFICATE_ARCHIVES,
      indexes: [
        ['tenant', 'requestedAt'],
        ['tenant', 'trainingId', 'requestedAt'],
        ['status', 'expiresAt'],
      ],
    },
  ],
  handles: [
    'CertificateArchiveRequested',
    'CertificateArchiveStarted',
    'CertificateArchiveCompleted',
    'CertificateArchiveFailed',
    'CertificateArchiveExpired',
    'CertificateArchiveDeleted',
  ],
  project: (event) => {
    const tenant = event.metadata.tenant;
    const id = archiveKey(tenant, event.data.archiveId);
    const change = (update: (doc: CertificateArchiveDoc) => CertificateArchiveDoc) => [
      {
        collection: CERTIFICATE_ARCHIVES,
        id,
        update: (doc: Doc | null) => (doc ? update(doc as CertificateArchiveDoc) : null),
      },
    ];
    switch (event.type) {
      case 'CertificateArchiveRequested': {
        const { archiveId, trainingId, groupId, asOf, requestedAt, requestedBy } = event.data;
        const doc: CertificateArchiveDoc = {
          ...{ _id: id, tenant, archiveId, trainingId, groupId, status: 'pending' },
          ...{ requestedAt, requestedBy, asOf, completedAt: null, count: null, size: null },
          ...{ sha256: null, expiresAt: null, removedAt: null, reason: null },
          requestedPosition: event.position.toString(),
        };
        return [{ collection: CERTIFICATE_ARCHIVES, id, update: () => doc, creates: true }];
      }
      case 'CertificateArchiveStarted':
        return change((doc) => ({ ...doc, status: 'running' }));
      case 'CertificateArchiveCompleted': {
        const { completedAt, count, size, sha256, expiresAt } = event.data;
        return change((doc) => ({
          ...doc,
          ...{ status: 'done', completedAt, count, size, sha256, expiresAt },
        }));
      }
      case 'CertificateArchiveFailed':
        return change((doc) => ({
          ...doc,
          ...{ status: 'failed', completedAt: event.data.failedAt, reason: event.data.reason },
        }));
      case 'CertificateArchiveExpired':
        return change((doc) => ({ ...doc, status: 'expired', removedAt: event.data.expiredAt }));
      case 'CertificateArchiveDeleted':
        return change((doc) => ({ ...doc, status: 'deleted', removedAt: event.data.deletedAt }));
    }
  },
};
