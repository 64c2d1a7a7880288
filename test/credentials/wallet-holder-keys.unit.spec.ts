import { ECDH } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { isFreshCNonce, issueCNonce } from '../../src/credentials/wallet/c-nonce';
import { HolderKeyError, resolveHolderDid } from '../../src/credentials/wallet/holder-key';
import { holderKey } from '../support/wallet-holder';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58btc(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  let text = '';
  for (; value > 0n; value /= 58n) text = BASE58[Number(value % 58n)]! + text;
  return text;
}

describe('Wallet holder keys', () => {
  it('resolves an Ed25519 did:key and an ES256 did:jwk to their public keys', async () => {
    const ed = await holderKey('EdDSA', 'key');
    expect(ed.did).toMatch(/^did:key:z6Mk/);
    expect(resolveHolderDid(ed.kid)).toEqual({
      did: ed.did,
      jwk: { kty: 'OKP', crv: 'Ed25519', x: ed.publicJwk.x },
    });
    const p256 = await holderKey('ES256', 'jwk');
    expect(resolveHolderDid(p256.kid).jwk).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: p256.publicJwk.x,
      y: p256.publicJwk.y,
    });
  });

  it('resolves a P-256 did:key (multicodec 0x1200, compressed point)', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const point = Buffer.concat([
      Buffer.from([4]),
      Buffer.from(jwk.x!, 'base64url'),
      Buffer.from(jwk.y!, 'base64url'),
    ]);
    const compressed = ECDH.convertKey(point, 'prime256v1', undefined, undefined, 'compressed');
    const did = `did:key:z${base58btc(Buffer.concat([Buffer.from([0x80, 0x24]), compressed as Buffer]))}`;
    expect(did).toMatch(/^did:key:zDn/);
    expect(resolveHolderDid(`${did}#x`)).toEqual({
      did,
      jwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
    });
  });

  it('refuses other DID methods, private keys in did:jwk, and malformed DIDs', () => {
    const privateJwk = Buffer.from(
      JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: 'AAAA', d: 'BBBB' }),
    ).toString('base64url');
    for (const didUrl of [
      'did:web:example.org#key-1',
      `did:jwk:${privateJwk}#0`,
      'did:jwk:not-json#0',
      'did:key:z0OIl',
      'did:key:6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
      'did:key:z6Mk:extra',
      'https://example.org',
      `did:key:z${'1'.repeat(3000)}`,
    ])
      expect(() => resolveHolderDid(didUrl)).toThrow(HolderKeyError);
  });

  it("checks a c_nonce without keeping it: this issuer's, for this tenant, until it expires", () => {
    const secret = Buffer.alloc(32, 7);
    const now = new Date('2026-03-01T10:00:00Z');
    const nonce = issueCNonce(secret, 'acme', now);
    expect(isFreshCNonce(secret, 'acme', nonce, now)).toBe(true);
    expect(isFreshCNonce(secret, 'acme', nonce, new Date(now.getTime() + 299_000))).toBe(true);
    expect(isFreshCNonce(secret, 'acme', nonce, new Date(now.getTime() + 300_000))).toBe(false);
    expect(isFreshCNonce(secret, 'globex', nonce, now)).toBe(false);
    expect(isFreshCNonce(Buffer.alloc(32, 8), 'acme', nonce, now)).toBe(false);
    expect(isFreshCNonce(secret, 'acme', `${nonce.slice(0, -1)}A`, now)).toBe(nonce.endsWith('A'));
    expect(isFreshCNonce(secret, 'acme', 42, now)).toBe(false);
  });
});
