import { createHash } from 'node:crypto';
import { STATUS_LIST_LENGTH } from './status-list';

export class StatusListFullError extends Error {}

/**
 * The status list index for a new certificate, never one in `taken`. The candidate is drawn from
 * a hash of the tenant, the certificate id and an attempt number, and drawn again on a collision.
 * Indexes are spread uniformly over the list, so an index tells nothing about when or in what
 * order a certificate was issued (the spec's herd privacy), yet the choice is a pure function of
 * the log: a replayed projection or a retried decision gives the same index. Re-drawing instead of
 * taking the next free slot keeps taken indexes from clustering.
 */
export function assignStatusListIndex(
  tenantId: string,
  certificateId: string,
  taken: Pick<ReadonlySet<number>, 'size' | 'has'>,
): number {
  if (taken.size >= STATUS_LIST_LENGTH)
    throw new StatusListFullError(`The status list of ${tenantId} is full`);
  for (let attempt = 0; ; attempt++) {
    const digest = createHash('sha256')
      .update(`${tenantId}\n${certificateId}\n${attempt}`)
      .digest();
    const candidate = digest.readUInt32BE(0) % STATUS_LIST_LENGTH;
    if (!taken.has(candidate)) return candidate;
  }
}
