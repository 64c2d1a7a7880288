import { hash as oneShotHash, randomUUID } from 'node:crypto';

const NAMESPACE = Buffer.from('6f0f2b8e5a1d4c7e9b3a2d1c0e9f8a7b', 'hex');

/**
 * A name-based UUID (version 5, SHA-1): the same name always gives the same id, so a retried
 * command derives the same event ids and the same new aggregate ids.
 */
export function deterministicId(name: string): string {
  // One-shot: a Hash object per id cost a command more than its event's schema check.
  const hash = oneShotHash('sha1', Buffer.concat([NAMESPACE, Buffer.from(name)]), 'buffer');
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomId(): string {
  return randomUUID();
}
