import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, id, statusListIndex } from './contract';

export const statusListIndexAssignedV1 = z
  .strictObject({
    certificateId: id(),
    statusListIndex: statusListIndex(),
    assignedAt: dateTime(),
  })
  .describe(
    "A certificate's credential was given its index in the tenant's revocation status list (random, never reused).",
  );

/**
 * A tenant's Bitstring status list hands each credential a random index, once and never again:
 * the credential names it, and the published list flips it on revocation or deletion.
 */
export type StatusListEvent = DomainEvent<
  'StatusListIndexAssigned',
  z.infer<typeof statusListIndexAssignedV1>
>;

export const STATUS_LIST_EVENTS = {
  StatusListIndexAssigned: { 1: statusListIndexAssignedV1 },
} as const satisfies EventSchemasOf<StatusListEvent>;
