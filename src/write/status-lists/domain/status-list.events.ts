import type { DomainEvent } from '../../../core/decider';

/**
 * A tenant's Bitstring status list hands each credential a random index, once and never again:
 * the credential names it, and the published list flips it on revocation or deletion.
 */
export type StatusListEvent = DomainEvent<
  'StatusListIndexAssigned',
  { certificateId: string; statusListIndex: number; assignedAt: string }
>;
