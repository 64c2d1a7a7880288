import type { Decider } from '../../../core/decider';
import { LineageMap } from '../../../core/lineage-map';
import { assignStatusListIndex } from '../../../credentials/status-list-index';
import type { StatusListEvent } from '../../../events/status-list.events';

/** The tenant's list: which index each certificate holds, and so which indexes are taken. */
export interface StatusListState {
  readonly byCertificate: LineageMap<string, number>;
  /** The same entries by index: the certificate each taken index belongs to. */
  readonly taken: LineageMap<number, string>;
}

export interface AssignStatusListIndex {
  readonly type: 'AssignStatusListIndex';
  readonly tenantId: string;
  readonly certificateId: string;
  readonly at: Date;
}

/**
 * A certificate gets one index, never reused: asking again for the same certificate changes
 * nothing (a retried generation signs with the index it was given the first time).
 */
export const statusList: Decider<StatusListState, AssignStatusListIndex, StatusListEvent> = {
  initialState: () => ({ byCertificate: LineageMap.none(), taken: LineageMap.none() }),
  evolve: (state, { data }) => ({
    byCertificate: state.byCertificate.with(data.certificateId, data.statusListIndex),
    taken: state.taken.with(data.statusListIndex, data.certificateId),
  }),
  decide: ({ tenantId, certificateId, at }, state) => {
    if (state.byCertificate.has(certificateId)) return [];
    const statusListIndex = assignStatusListIndex(tenantId, certificateId, state.taken);
    return [
      {
        type: 'StatusListIndexAssigned',
        data: { certificateId, statusListIndex, assignedAt: at.toISOString() },
      },
    ];
  },
};

/** The index a certificate holds in the folded list. */
export function indexOf(state: StatusListState, certificateId: string): number {
  const index = state.byCertificate.get(certificateId);
  if (index === undefined) throw new Error(`Certificate ${certificateId} has no status list index`);
  return index;
}
