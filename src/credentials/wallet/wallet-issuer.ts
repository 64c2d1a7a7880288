import { createHash, randomBytes } from 'node:crypto';
import {
  type AuthorizationServerMetadata,
  clientAuthenticationNone,
  Oauth2AuthorizationServer,
  preAuthorizedCodeGrantIdentifier,
  setGlobalConfig,
} from '@openid4vc/oauth2';
import {
  type CredentialIssuerMetadata,
  type IssuerMetadataResult,
  Openid4vciIssuer,
  Openid4vciVersion,
} from '@openid4vc/openid4vci';
import { OPEN_BADGES_CONTEXT, VC_V2_CONTEXT } from '../json-ld-contexts';
import { verifyHolderJwt } from './holder-key';

/** The one credential configuration a tenant offers. */
export const OPEN_BADGE_CONFIGURATION = 'OpenBadgeCredential';
export const PROOF_ALGORITHMS = ['EdDSA', 'ES256'] as const;
export const BINDING_METHODS = ['did:key', 'did:jwk'] as const;

/** `PUBLIC_URL/tenants/{tenantId}`: the tenant as its own credential issuer and authorization server. */
export const credentialIssuerUrl = (publicUrl: string, tenantId: string) =>
  `${publicUrl.replace(/\/$/, '')}/tenants/${tenantId}`;

/** Where the token, nonce and credential endpoints are, under the issuer's URL. */
export const walletEndpoint = (
  publicUrl: string,
  tenantId: string,
  endpoint: 'token' | 'nonce' | 'credential',
) => `${credentialIssuerUrl(publicUrl, tenantId)}/openid4vci/${endpoint}`;

const hash = (data: Uint8Array, algorithm: string) =>
  new Uint8Array(createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest());

/**
 * The OpenID4VCI and OAuth libraries with what they call back for: hashing, randomness and JWT
 * verification (jose, over did:key and did:jwk holders). The service signs no JWT: its access
 * tokens are opaque and credentials carry Data Integrity proofs.
 */
const callbacks = {
  hash,
  generateRandom: (length: number) => new Uint8Array(randomBytes(length)),
  verifyJwt: verifyHolderJwt,
  signJwt: () => {
    throw new Error('The issuer signs no JWT');
  },
  clientAuthentication: clientAuthenticationNone({ clientId: 'wallet' }),
};

export const openid4vciIssuer = new Openid4vciIssuer({ callbacks });
export const authorizationServer = new Oauth2AuthorizationServer({ callbacks });

/** A PUBLIC_URL on http (development, tests) is allowed as the issuer's address. */
export function allowHttpIssuer(publicUrl: string): void {
  if (publicUrl.startsWith('http://')) setGlobalConfig({ allowInsecureUrls: true });
}

/** OpenID4VCI 1.0 §12.2 credential issuer metadata. */
export function credentialIssuerMetadata(
  publicUrl: string,
  tenantId: string,
  issuerName: string,
): CredentialIssuerMetadata {
  return openid4vciIssuer.createCredentialIssuerMetadata({
    credential_issuer: credentialIssuerUrl(publicUrl, tenantId),
    credential_endpoint: walletEndpoint(publicUrl, tenantId, 'credential'),
    nonce_endpoint: walletEndpoint(publicUrl, tenantId, 'nonce'),
    display: [{ name: issuerName, locale: 'en' }],
    credential_configurations_supported: {
      [OPEN_BADGE_CONFIGURATION]: {
        format: 'ldp_vc',
        credential_definition: {
          '@context': [VC_V2_CONTEXT, OPEN_BADGES_CONTEXT],
          type: ['VerifiableCredential', 'OpenBadgeCredential'],
        },
        cryptographic_binding_methods_supported: [...BINDING_METHODS],
        credential_signing_alg_values_supported: ['eddsa-rdfc-2022'],
        proof_types_supported: {
          jwt: { proof_signing_alg_values_supported: [...PROOF_ALGORITHMS] },
        },
        credential_metadata: { display: [{ name: 'Open Badge', locale: 'en' }] },
      },
    },
  });
}

/** RFC 8414 metadata of the tenant's authorization server: the pre-authorized code grant only. */
export function authorizationServerMetadata(
  publicUrl: string,
  tenantId: string,
): AuthorizationServerMetadata {
  return authorizationServer.createAuthorizationServerMetadata({
    issuer: credentialIssuerUrl(publicUrl, tenantId),
    token_endpoint: walletEndpoint(publicUrl, tenantId, 'token'),
    grant_types_supported: [preAuthorizedCodeGrantIdentifier],
    response_types_supported: [],
    token_endpoint_auth_methods_supported: ['none'],
    'pre-authorized_grant_anonymous_access_supported': true,
  });
}

const metadataResults = new Map<string, IssuerMetadataResult>();
const METADATA_CACHE_SIZE = 1000;

/**
 * Both, as the libraries take them: the same for a tenant every time, so kept (for a thousand
 * tenants at the most) rather than validated again on every request.
 */
export function issuerMetadataResult(
  publicUrl: string,
  tenantId: string,
  issuerName: string,
): IssuerMetadataResult {
  const key = JSON.stringify([publicUrl, tenantId, issuerName]);
  let result = metadataResults.get(key);
  if (!result) {
    if (metadataResults.size >= METADATA_CACHE_SIZE) metadataResults.clear();
    result = metadataResultOf(publicUrl, tenantId, issuerName);
    metadataResults.set(key, result);
  }
  return result;
}

function metadataResultOf(
  publicUrl: string,
  tenantId: string,
  issuerName: string,
): IssuerMetadataResult {
  const credentialIssuer = credentialIssuerMetadata(publicUrl, tenantId, issuerName);
  return {
    originalDraftVersion: Openid4vciVersion.V1,
    credentialIssuer,
    authorizationServers: [authorizationServerMetadata(publicUrl, tenantId)],
    knownCredentialConfigurations:
      openid4vciIssuer.getKnownCredentialConfigurationsSupported(credentialIssuer),
  };
}
