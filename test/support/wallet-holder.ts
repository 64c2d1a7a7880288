import { createHash, randomBytes } from 'node:crypto';
import type { Jwk, JwtSigner } from '@openid4vc/oauth2';
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58btc(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let text = '';
  for (; value > 0n; value /= 58n) text = BASE58[Number(value % 58n)]! + text;
  for (const byte of bytes) {
    if (byte !== 0) break;
    text = `1${text}`;
  }
  return text;
}

/** A wallet's key: its DID (did:key for Ed25519 when asked, else did:jwk) and private JWK. */
export interface HolderKey {
  readonly did: string;
  readonly kid: string;
  readonly alg: 'EdDSA' | 'ES256';
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

export async function holderKey(alg: 'EdDSA' | 'ES256', method: 'key' | 'jwk'): Promise<HolderKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
    crv: alg === 'EdDSA' ? 'Ed25519' : undefined,
  });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  if (method === 'key') {
    if (alg !== 'EdDSA') throw new Error('did:key here is Ed25519 only');
    const multikey = `z${base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), Buffer.from(publicJwk.x!, 'base64url')]))}`;
    return {
      did: `did:key:${multikey}`,
      kid: `did:key:${multikey}#${multikey}`,
      alg,
      privateJwk,
      publicJwk,
    };
  }
  const { kty, crv, x, y } = publicJwk;
  const did = `did:jwk:${Buffer.from(JSON.stringify({ crv, kty, x, ...(y && { y }) })).toString('base64url')}`;
  return { did, kid: `${did}#0`, alg, privateJwk, publicJwk };
}

/** A proof of possession built by hand with jose, so each claim can be got wrong on purpose. */
export async function handProof(
  key: HolderKey,
  claims: { aud: string; nonce?: string; iat: number },
  options: { kid?: string; typ?: string } = {},
): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({
      alg: key.alg,
      typ: options.typ ?? 'openid4vci-proof+jwt',
      kid: options.kid ?? key.kid,
    })
    .sign(await importJWK(key.privateJwk, key.alg));
}

/**
 * The holder side of `@openid4vc/openid4vci` (OpenWallet Foundation's oid4vc-ts): a wallet that
 * knows nothing of this service but the offer URI, with `fetch` and a jose signer of its key.
 */
export function walletClient(
  key: HolderKey,
  fetch: (url: string | URL, init?: RequestInit) => Promise<Response>,
) {
  const client = new Openid4vciClient({
    callbacks: {
      fetch: fetch as never,
      hash: (data, algorithm) =>
        new Uint8Array(createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest()),
      generateRandom: (length) => new Uint8Array(randomBytes(length)),
      clientAuthentication: () => undefined,
      signJwt: async (_signer: JwtSigner, { header, payload }) => ({
        jwt: await new SignJWT(payload)
          .setProtectedHeader(header)
          .sign(await importJWK(key.privateJwk, key.alg)),
        signerJwk: key.publicJwk as Jwk,
      }),
    },
  });
  return {
    /** Offer URI → metadata → token → nonce → proof → credential, as a wallet does it. */
    async receive(credentialOfferUri: string) {
      const offer = await client.resolveCredentialOffer(credentialOfferUri);
      const issuerMetadata = await client.resolveIssuerMetadata(offer.credential_issuer);
      const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
        credentialOffer: offer,
        issuerMetadata,
      });
      const { c_nonce } = await client.requestNonce({ issuerMetadata });
      const configurationId = offer.credential_configuration_ids[0]!;
      const { jwt } = await client.createCredentialRequestJwtProof({
        issuerMetadata,
        credentialConfigurationId: configurationId,
        signer: { method: 'did', didUrl: key.kid, alg: key.alg },
        nonce: c_nonce,
      });
      const response = await client.retrieveCredentials({
        issuerMetadata,
        accessToken: accessTokenResponse.access_token,
        credentialConfigurationId: configurationId,
        proofs: { jwt: [jwt] },
      });
      return { offer, issuerMetadata, response };
    },
  };
}
