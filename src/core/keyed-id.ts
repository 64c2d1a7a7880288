import { createHmac } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562) derived from `name` with HMAC-SHA256 under `secret`: the same
 * name gives the same id, so a retried request derives the same ids as its first run, yet
 * nobody without the secret can compute the id of a name they can guess (an Idempotency-Key).
 */
export function keyedId(secret: string, name: string): string {
  const hash = createHmac('sha256', secret).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x80;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
