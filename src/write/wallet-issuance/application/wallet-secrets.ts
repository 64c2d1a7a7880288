import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Lower-case hex SHA-256: what the log keeps of a code or a token. */
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * The offer's pre-authorized code: the offer's id (to find its stream) and a MAC of the command
 * id under the service's secret, so a retry with the same Idempotency-Key hands out the same
 * code, while nobody who reads the log can compute it.
 */
export const preAuthorizedCode = (secret: string, offerId: string, commandId: string) =>
  `${offerId}.${createHmac('sha256', secret).update(`pre-authorized_code|${commandId}`).digest('base64url')}`;

/** An access token: the offer's id and 32 random bytes; only its hash is recorded. */
export const newAccessToken = (offerId: string) =>
  `${offerId}.${randomBytes(32).toString('base64url')}`;

const OPAQUE = /^([0-9a-f-]{36})\.[A-Za-z0-9_-]{43}$/;

/** The offer a code or token names; null for anything not shaped as one of ours. */
export function offerOf(secret: unknown): string | null {
  if (typeof secret !== 'string') return null;
  return OPAQUE.exec(secret)?.[1] ?? null;
}

/** The secret keyed for one purpose, from the service's command-id secret. */
export const derivedSecret = (serviceSecret: string, purpose: string) =>
  createHmac('sha256', serviceSecret).update(`derived|${purpose}`).digest();
