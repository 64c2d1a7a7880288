import { SignJWT } from 'jose';
import type { Role } from './actor';

export interface TokenClaims {
  readonly sub: string;
  readonly tenant: string;
  readonly roles: readonly Role[];
  readonly groups?: readonly string[];
  readonly name?: string;
}

/** HS256 tokens for local use and tests; production tokens come from the identity provider. */
export function signToken(
  secret: string,
  claims: TokenClaims,
  options: { ttlSeconds?: number; issuer?: string; audience?: string } = {},
) {
  const jwt = new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.ttlSeconds ?? 8 * 3600));
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
