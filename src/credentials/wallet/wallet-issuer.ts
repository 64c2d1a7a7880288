import { createHash, randomBytes } from 'node:crypto';
import type * as OAuth2 from '@openid4vc/oauth2';
import type { AuthorizationServerMetadata } from '@openid4vc/oauth2';
import type {
  CredentialIssuerMetadata,
  IssuerMetadataResult,
  Openid4vciIssuer,
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

/** The OpenID4VCI and OAuth libraries, as the wallet endpoints use them. */
export interface WalletLibraries {
  readonly openid4vciIssuer: Openid4vciIssuer;
  readonly authorizationServer: OAuth2.Oauth2AuthorizationServer;
  /** What the libraries throw for a request they refuse, with the OAuth error it means. */
  readonly RequestRefused: typeof OAuth2.Oauth2ServerErrorResponseError;
  readonly preAuthorizedCodeGrant: typeof OAuth2.preAuthorizedCodeGrantIdentifier;
  /** OpenID4VCI 1.0 (final), as the library names it. */
  readonly version: IssuerMetadataResult['originalDraftVersion'];
}

let libraries: Promise<WalletLibraries> | undefined;
let oauth2: typeof OAuth2 | undefined;
let insecureUrls = false;

/**
 * The libraries, loaded with the first wallet request rather than with the service: most
 * processes (and test files) never serve one, and they were among the largest imports.
 */
export function walletLibraries(): Promise<WalletLibraries> {
  return (libraries ??= loadLibraries());
}

/**
 * The libraries with what they call back for: hashing, randomness and JWT verification (jose,
 * over did:key and did:jwk holders). The service signs no JWT: its access tokens are opaque and
 * credentials carry Data Integrity proofs.
 */
async function loadLibraries(): Promise<WalletLibraries> {
  const [loaded, openid4vci] = await Promise.all([
    import('@openid4vc/oauth2'),
    import('@openid4vc/openid4vci'),
  ]);
  oauth2 = loaded;
  if (insecureUrls) loaded.setGlobalConfig({ allowInsecureUrls: true });
  const callbacks = {
    hash,
    generateRandom: (length: number) => new Uint8Array(randomBytes(length)),
    verifyJwt: verifyHolderJwt,
    signJwt: () => {
      throw new Error('The issuer signs no JWT');
    },
    clientAuthentication: loaded.clientAuthenticationNone({ clientId: 'wallet' }),
  };
  return {
    openid4vciIssuer: new openid4vci.Openid4vciIssuer({ callbacks }),
    authorizationServer: new loaded.Oauth2AuthorizationServer({ callbacks }),
    RequestRefused: loaded.Oauth2ServerErrorResponseError,
    preAuthorizedCodeGrant: loaded.preAuthorizedCodeGrantIdentifier,
    version: openid4vci.Openid4vciVersion.V1,
  };
}

/** A PUBLIC_URL on http (development, tests) is allowed as the issuer's address. */
export function allowHttpIssuer(publicUrl: string): void {
  if (!publicUrl.startsWith('http://')) return;
  insecureUrls = true;
  oauth2?.setGlobalConfig({ allowInsecureUrls: true });
}

/** OpenID4VCI 1.0 §12.2 credential issuer metadata. */
export async function credentialIssuerMetadata(
  publicUrl: string,
  tenantId: string,
  issuerName: string,
): Promise<CredentialIssuerMetadata> {
  const { openid4vciIssuer } = await walletLibraries();
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
export async function authorizationServerMetadata(
  publicUrl: string,
  tenantId: string,
): Promise<AuthorizationServerMetadata> {
  const { authorizationServer, preAuthorizedCodeGrant } = await walletLibraries();
  return authorizationServer.createAuthorizationServerMetadata({
    issuer: credentialIssuerUrl(publicUrl, tenantId),
    token_endpoint: walletEndpoint(publicUrl, tenantId, 'token'),
    grant_types_supported: [preAuthorizedCodeGrant],
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
export async function issuerMetadataResult(
  publicUrl: string,
  tenantId: string,
  issuerName: string,
): Promise<IssuerMetadataResult> {
  const key = JSON.stringify([publicUrl, tenantId, issuerName]);
  let result = metadataResults.get(key);
  if (!result) {
    result = await metadataResultOf(publicUrl, tenantId, issuerName);
    if (metadataResults.size >= METADATA_CACHE_SIZE) metadataResults.clear();
    metadataResults.set(key, result);
  }
  return result;
}

async function metadataResultOf(
  publicUrl: string,
  tenantId: string,
  issuerName: string,
): Promise<IssuerMetadataResult> {
  const { openid4vciIssuer, version } = await walletLibraries();
  const credentialIssuer = await credentialIssuerMetadata(publicUrl, tenantId, issuerName);
  return {
    originalDraftVersion: version,
    credentialIssuer,
    authorizationServers: [await authorizationServerMetadata(publicUrl, tenantId)],
    knownCredentialConfigurations:
      openid4vciIssuer.getKnownCredentialConfigurationsSupported(credentialIssuer),
  };
}
