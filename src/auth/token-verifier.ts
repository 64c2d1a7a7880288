import {
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  jwtVerify,
} from 'jose';
import { z } from 'zod';
import { ID_PATTERN, TENANT_PATTERN } from '../core/ids';
import { type Actor, ROLES } from './actor';

const claims = z.object({
  sub: z.string().regex(ID_PATTERN),
  tenant: z.string().regex(TENANT_PATTERN),
  roles: z.array(z.enum(ROLES)).min(1),
  groups: z.array(z.string().regex(ID_PATTERN)).default([]),
});

export class InvalidTokenError extends Error {}

/** How far ahead of this clock a token's `iat` may be: the issuer's clock may run a little fast. */
export const CLOCK_SKEW_SECONDS = 60;

export interface TokenSettings {
  readonly secret?: string;
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/** Verifies bearer tokens: HS256 with a shared secret, or a JWKS for a real identity provider. */
const CACHE_LIMIT = 10_000;

export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly options: JWTVerifyOptions;
  /** Tokens already verified, until they expire: verifying costs more than the rest of a request. */
  private readonly verified = new Map<string, { actor: Actor; expiresAt: number }>();

  constructor(settings: TokenSettings) {
    const { secret, jwksUrl, issuer, audience } = settings;
    this.key = jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : new TextEncoder().encode(secret);
    this.options = {
      algorithms: jwksUrl ? ['RS256', 'PS256', 'ES256', 'EdDSA'] : ['HS256'],
      requiredClaims: ['exp'],
      ...(issuer && { issuer }),
      ...(audience && { audience }),
    };
  }

  async verify(token: string): Promise<Actor> {
    const cached = this.verified.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached.actor;
    const actor = await this.verifyNow(token);
    if (this.verified.size >= CACHE_LIMIT) this.verified.clear();
    this.verified.set(token, { actor, expiresAt: this.expiryOf(token) });
    return actor;
  }

  /** The token's `exp` in milliseconds; only called on a token that just verified. */
  private expiryOf(token: string): number {
    // Stryker disable next-line StringLiteral: a token that verified has a payload part
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp?: number;
    };
    return (payload.exp ?? 0) * 1000;
  }

  private async verifyNow(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      // Stryker disable ConditionalExpression,EqualityOperator,StringLiteral: both branches make the same call (the test only picks jose's overload for the type checker), and jose throws only Errors
      payload = (
        await (typeof this.key === 'function'
          ? jwtVerify(token, this.key, this.options)
          : jwtVerify(token, this.key, this.options))
      ).payload;
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    // Stryker restore ConditionalExpression,EqualityOperator,StringLiteral
    // jose checks `iat` only against a maximum age; a token issued in the future is refused here.
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS)
      throw new InvalidTokenError('the token was issued in the future');
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw new InvalidTokenError('token claims are incomplete or malformed');
    const { sub, tenant, roles, groups } = parsed.data;
    return { id: sub, tenant, roles, groups };
  }
}
