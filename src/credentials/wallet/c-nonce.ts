import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a `c_nonce` from the nonce endpoint is good for. */
export const C_NONCE_LIFETIME_SECONDS = 300;

const mac = (secret: Buffer, tenantId: string, body: string) =>
  createHmac('sha256', secret).update(`openid4vci c_nonce|${tenantId}|${body}`).digest('base64url');

/**
 * A `c_nonce` the service can check without keeping it: its expiry and randomness, MACed with a
 * secret of the service for one tenant. What makes a proof single-use is the access token: it
 * gets one credential.
 */
export function issueCNonce(secret: Buffer, tenantId: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + C_NONCE_LIFETIME_SECONDS;
  const body = `${expires}.${randomBytes(16).toString('base64url')}`;
  return `${body}.${mac(secret, tenantId, body)}`;
}

/** Whether the service gave out this nonce for this tenant and it has not expired. */
export function isFreshCNonce(
  secret: Buffer,
  tenantId: string,
  nonce: unknown,
  now: Date,
): boolean {
  if (typeof nonce !== 'string' || nonce.length > 200) return false;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(nonce);
  if (!match) return false;
  const [, expires, random, tag] = match;
  const expected = Buffer.from(mac(secret, tenantId, `${expires}.${random}`));
  if (!timingSafeEqual(expected, Buffer.from(tag!))) return false;
  return now.getTime() < Number(expires) * 1000;
}
