import type { Doc } from '../../read-store/read-store';
import type { Projection } from '../../projections/projection';
import type { CertificateEvent } from '../../events/certificate.events';
import type { StatusListEvent } from '../../events/status-list.events';

/** A tenant's published revocation list: the indexes whose certificates were revoked or deleted. */
export interface StatusListDoc extends Doc {
  readonly tenant: string;
  readonly revokedIndexes: readonly number[];
  /** The log time of the last change: the list's `validFrom`, and its cache key. */
  readonly updatedAt: string;
}

interface EntryDoc extends Doc {
  readonly statusListIndex: number;
}

export const STATUS_LISTS = 'statusLists';
/** Each certificate's index, by certificate id, to flip on revocation or deletion. */
export const STATUS_LIST_ENTRIES = 'statusListEntries';

/** Built from the log alone (the event's time, never a clock), so a rebuild serves the same list. */
export const statusListsProjection: Projection<StatusListEvent | CertificateEvent> = {
  name: 'statusLists',
  collections: [
    { name: STATUS_LISTS, indexes: [] },
    { name: STATUS_LIST_ENTRIES, indexes: [] },
  ],
  handles: ['StatusListIndexAssigned', 'CertificateRevoked', 'CertificateDeleted'],
  project: (event) => {
    const tenant = event.metadata.tenant;
    const { certificateId } = event.data;
    if (event.type === 'StatusListIndexAssigned') {
      const { statusListIndex } = event.data;
      const entry: EntryDoc = { _id: certificateId, statusListIndex };
      return [{ collection: STATUS_LIST_ENTRIES, id: certificateId, update: () => entry }];
    }
    let index: number | undefined;
    return [
      {
        collection: STATUS_LIST_ENTRIES,
        id: certificateId,
        update: (entry) => {
          index = (entry as EntryDoc | null)?.statusListIndex;
          return entry;
        },
      },
      {
        collection: STATUS_LISTS,
        id: tenant,
        update: (current) => {
          const list = current as StatusListDoc | null;
          const revoked = list?.revokedIndexes ?? [];
          // A certificate signed before credentials existed has no index: nothing to flip.
          if (index === undefined || revoked.includes(index)) return list;
          const doc: StatusListDoc = {
            ...{ _id: tenant, tenant, revokedIndexes: [...revoked, index].sort((a, b) => a - b) },
            updatedAt: event.metadata.occurredAt,
          };
          return doc;
        },
      },
    ];
  },
};
