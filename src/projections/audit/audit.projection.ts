import type { Doc } from '../../read-store/read-store';
import { PLATFORM_TENANT } from '../../core/stream-names';
import { ALL_EVENT_TYPES } from '../../core/any-event';
import { positionKey, type Projection } from '../projection';

export interface AuditDoc extends Doc {
  /** Whose audit log shows it: the tenant, or `*` for the platform's cut-off markers. */
  readonly visibleTo: string;
  readonly pos: string;
  readonly position: string;
  readonly stream: string;
  readonly revision: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export const AUDIT = 'auditEvents';

export const EVERY_TENANT = '*';

/** Every event, indexed for a tenant's audit log by position, stream and type. */
export const auditProjection: Projection = {
  name: 'audit',
  collections: [
    {
      name: AUDIT,
      indexes: [
        ['visibleTo', 'pos'],
        ['visibleTo', 'stream', 'pos'],
        ['visibleTo', 'type', 'pos'],
      ],
    },
  ],
  // Every event of the log, in log order.
  handles: ALL_EVENT_TYPES,
  project: (event) => {
    const pos = positionKey(event.position);
    const marker = event.metadata.tenant === PLATFORM_TENANT && event.type === 'DailyCutoffPassed';
    const doc: AuditDoc = {
      _id: pos,
      visibleTo: marker ? EVERY_TENANT : event.metadata.tenant,
      pos,
      position: event.position.toString(),
      stream: event.stream,
      revision: event.revision.toString(),
      type: event.type,
      data: { ...event.data },
      metadata: event.metadata,
    };
    return [{ collection: AUDIT, id: pos, update: () => doc, creates: true }];
  },
};
