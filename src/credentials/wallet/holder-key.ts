import { ECDH } from 'node:crypto';
import type { Jwk, JwtSigner } from '@openid4vc/oauth2';
import { compactVerify, importJWK } from 'jose';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const MAX_DID_LENGTH = 2000;

/** A holder key the service cannot use: an unknown DID method, key type or a malformed DID. */
export class HolderKeyError extends Error {}

/** Bitcoin's base58, as `did:key`'s multibase `z` prefix says. */
function base58btc(text: string): Uint8Array {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58.indexOf(char);
    if (digit < 0) throw new HolderKeyError('did:key is not base58btc');
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  for (; value > 0n; value >>= 8n) bytes.unshift(Number(value & 0xffn));
  for (const char of text) {
    if (char !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** `did:key:z6Mk…` (Ed25519, multicodec 0xed) or `did:key:zDn…` (P-256, 0x1200): its public JWK. */
function didKeyJwk(identifier: string): Jwk {
  if (!identifier.startsWith('z')) throw new HolderKeyError('did:key must be base58btc (z…)');
  const bytes = base58btc(identifier.slice(1));
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34)
    return { kty: 'OKP', crv: 'Ed25519', x: b64url(bytes.subarray(2)) };
  if (bytes[0] === 0x80 && bytes[1] === 0x24 && bytes.length === 35) {
    const point = ECDH.convertKey(
      bytes.subarray(2),
      'prime256v1',
      undefined,
      undefined,
      'uncompressed',
    ) as Buffer;
    return {
      kty: 'EC',
      crv: 'P-256',
      x: b64url(point.subarray(1, 33)),
      y: b64url(point.subarray(33)),
    };
  }
  throw new HolderKeyError('did:key holds neither an Ed25519 nor a P-256 key');
}

/** `did:jwk:<base64url JSON>`: the JWK it spells, public members only. */
function didJwkJwk(identifier: string): Jwk {
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(Buffer.from(identifier, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    throw new HolderKeyError('did:jwk does not hold a JSON Web Key');
  }
  if (jwk === null || typeof jwk !== 'object' || 'd' in jwk)
    throw new HolderKeyError('did:jwk must hold a public JSON Web Key');
  const { kty, crv, x, y } = jwk;
  if (kty === 'OKP' && crv === 'Ed25519' && typeof x === 'string') return { kty, crv, x };
  if (kty === 'EC' && crv === 'P-256' && typeof x === 'string' && typeof y === 'string')
    return { kty, crv, x, y };
  throw new HolderKeyError('did:jwk holds neither an Ed25519 nor a P-256 key');
}

/** The DID of a DID URL (`did:key:z…#z…` → `did:key:z…`) and its public key. */
export function resolveHolderDid(didUrl: string): { did: string; jwk: Jwk } {
  if (didUrl.length > MAX_DID_LENGTH) throw new HolderKeyError('The DID is too long');
  const did = didUrl.split('#')[0]!;
  const [scheme, method, identifier, ...rest] = did.split(':');
  if (scheme !== 'did' || identifier === undefined || rest.length > 0)
    throw new HolderKeyError('The key id is not a did:key or did:jwk DID URL');
  if (method === 'key') return { did, jwk: didKeyJwk(identifier) };
  if (method === 'jwk') return { did, jwk: didJwkJwk(identifier) };
  throw new HolderKeyError('Only did:key and did:jwk holders are supported');
}

/** The algorithm each key type signs proofs with. */
const ALGORITHM_OF_CURVE: Record<string, string> = { Ed25519: 'EdDSA', 'P-256': 'ES256' };

/**
 * The libraries' JWT check, done with jose: the proof's `kid` must be a did:key or did:jwk DID
 * URL, its `alg` the one of that key's type, and the signature that key's.
 */
export async function verifyHolderJwt(
  signer: JwtSigner,
  jwt: { compact: string },
): Promise<{ verified: true; signerJwk: Jwk } | { verified: false }> {
  if (signer.method !== 'did') return { verified: false };
  let jwk: Jwk;
  try {
    jwk = resolveHolderDid(signer.didUrl).jwk;
  } catch {
    return { verified: false };
  }
  const algorithm = ALGORITHM_OF_CURVE[jwk.crv ?? ''];
  if (algorithm === undefined || signer.alg !== algorithm) return { verified: false };
  try {
    const key = await importJWK({ ...jwk }, algorithm);
    // The signature only: the claims (aud, nonce, iat) are checked against the service clock.
    await compactVerify(jwt.compact, key, { algorithms: [algorithm] });
    return { verified: true, signerJwk: jwk };
  } catch {
    return { verified: false };
  }
}
