import { decodeJwt } from 'jose';
import { refuseOAuth } from '../../core/oauth-refusal';
import { isFreshCNonce } from './c-nonce';
import { resolveHolderDid } from './holder-key';
import { walletLibraries } from './wallet-issuer';
import type { IssuerMetadataResult } from '@openid4vc/openid4vci';

/** How far a proof's `iat` may be from the service's clock. */
const IAT_WINDOW_SECONDS = 300;

/**
 * The holder's DID, from a `jwt` proof of possession (OpenID4VCI 1.0 §8.2.1.1 and Appendix F.1):
 * a nonce the service gave out and that is still fresh (else `invalid_nonce`); then, with the
 * library, `typ`, `aud` (the credential issuer), the signature by the key its `kid` names; and
 * an `iat` within five minutes of the service clock (else `invalid_proof`).
 */
export async function holderOfProof(
  jwt: string,
  options: {
    readonly metadata: IssuerMetadataResult;
    readonly tenantId: string;
    readonly nonceSecret: Buffer;
    readonly now: Date;
  },
): Promise<string> {
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(jwt);
  } catch {
    return refuseOAuth('invalid_proof', 'The proof is not a JWT');
  }
  if (!isFreshCNonce(options.nonceSecret, options.tenantId, payload.nonce, options.now))
    return refuseOAuth('invalid_nonce', 'The proof does not carry a fresh c_nonce of this issuer');
  const iat = payload.iat;
  const nowSeconds = options.now.getTime() / 1000;
  if (typeof iat !== 'number' || Math.abs(nowSeconds - iat) > IAT_WINDOW_SECONDS)
    return refuseOAuth('invalid_proof', "The proof's iat is missing or not recent");
  let didUrl: string;
  try {
    const { openid4vciIssuer } = await walletLibraries();
    const { header } = await openid4vciIssuer.verifyCredentialRequestJwtProof({
      jwt,
      issuerMetadata: options.metadata,
      expectedNonce: payload.nonce as string,
      now: options.now,
    });
    didUrl = header.kid ?? '';
  } catch (error) {
    return refuseOAuth('invalid_proof', `The proof is not valid: ${messageOf(error)}`);
  }
  try {
    return resolveHolderDid(didUrl).did;
  } catch {
    return refuseOAuth('invalid_proof', 'The proof is not signed by a did:key or did:jwk holder');
  }
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : 'unreadable').slice(0, 200);
