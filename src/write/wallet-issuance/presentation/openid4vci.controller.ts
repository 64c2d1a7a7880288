import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '../../../core/clock';
import type { CommandContext } from '../../../core/command-context';
import { refuse } from '../../../core/domain-error';
import { TENANT_PATTERN } from '../../../core/ids';
import { OAuthRefusal, refuseOAuth } from '../../../core/oauth-refusal';
import { CONFIG, type Config } from '../../../config/config';
import { ISSUING, type Issuing } from '../../../credentials/issuing';
import { issueCNonce } from '../../../credentials/wallet/c-nonce';
import { holderOfProof } from '../../../credentials/wallet/holder-proof';
import {
  authorizationServerMetadata,
  credentialIssuerMetadata,
  issuerMetadataResult,
  OPEN_BADGE_CONFIGURATION,
  type WalletLibraries,
  walletLibraries,
} from '../../../credentials/wallet/wallet-issuer';
import { FILE_STORE, type FileStore } from '../../../file-store/file-store';
import type { AuthenticatedRequest } from '../../../http/access.decorators';
import { Endpoint } from '../../../http/endpoint.decorator';
import { WriteModel } from '../../command-handling/write-model';
import { issueWalletCredential } from '../application/issue-wallet-credential.handler';
import { redeemPreAuthorizedCode } from '../application/redeem-pre-authorized-code.handler';
import { derivedSecret } from '../application/wallet-secrets';
import {
  AuthorizationServerMetadataSchema,
  CredentialResponseSchema,
  IssuerMetadataSchema,
  NonceAnswerSchema,
  TokenAnswerSchema,
} from './wallet-issuance.answers';

const CORS = ['Access-Control-Allow-Origin', '*'] as const;

/** The tenant of the path, or the OAuth error for a malformed one. */
function tenantOf(tenantId: string, oauth: boolean): string {
  if (TENANT_PATTERN.test(tenantId)) return tenantId;
  if (oauth) return refuseOAuth('invalid_request', 'No such credential issuer');
  return refuse('not-found', 'No such credential issuer');
}

/**
 * A wallet acts for no user of ours: its commands are recorded as the system actor `wallet`.
 * Their command ids are drawn at random (a token or credential request has no Idempotency-Key),
 * so an append that succeeds stored this request's events and needs no reading back.
 */
function walletContext(tenant: string, request: AuthenticatedRequest): CommandContext {
  return {
    commandId: randomUUID(),
    randomCommandId: true,
    tenant,
    actor: { id: 'wallet', roles: [] },
    correlationId: request.id,
    causationId: request.id,
  };
}

/** What the libraries throw for a request they cannot parse, as the OAuth error they mean. */
function parsed<T>(
  { RequestRefused }: WalletLibraries,
  parse: () => T,
  otherwise: 'invalid_request' | 'invalid_credential_request',
): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof OAuthRefusal) throw error;
    if (error instanceof RequestRefused) {
      const code = error.errorResponse.error;
      throw new OAuthRefusal(
        code === 'unsupported_grant_type' ? code : otherwise,
        (error.errorResponse.error_description ?? 'The request is not valid').slice(0, 300),
      );
    }
    throw new OAuthRefusal(otherwise, 'The request is not valid');
  }
}

/**
 * Each tenant as an OpenID4VCI 1.0 credential issuer and its own OAuth authorization server
 * (`PUBLIC_URL/tenants/{tenantId}`), for the pre-authorized code flow: metadata at the
 * well-known paths, then token, nonce and credential endpoints. Errors are OAuth's JSON
 * (`ProblemFilter` answers `OAuthRefusal` so), never problem+json.
 */
@ApiTags('Wallets (OpenID4VCI)')
@Controller()
export class Openid4vciController {
  constructor(
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(ISSUING) private readonly issuing: Issuing,
  ) {}

  @Get('.well-known/openid-credential-issuer/tenants/:tenantId')
  @Endpoint({
    public: true,
    summary: "The tenant's OpenID4VCI credential issuer metadata",
    answers: { 200: IssuerMetadataSchema },
    problems: { 404: ['not-found'] },
  })
  issuerMetadata(
    @Param('tenantId') tenantId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    reply.header(...CORS);
    const tenant = tenantOf(tenantId, false);
    return credentialIssuerMetadata(this.config.PUBLIC_URL, tenant, tenant);
  }

  @Get('.well-known/oauth-authorization-server/tenants/:tenantId')
  @Endpoint({
    public: true,
    summary: "The tenant's OAuth authorization server metadata (RFC 8414)",
    answers: { 200: AuthorizationServerMetadataSchema },
    problems: { 404: ['not-found'] },
  })
  authorizationServerMetadata(
    @Param('tenantId') tenantId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    reply.header(...CORS);
    return authorizationServerMetadata(this.config.PUBLIC_URL, tenantOf(tenantId, false));
  }

  @Post('tenants/:tenantId/openid4vci/token')
  @HttpCode(200)
  @Endpoint({
    public: true,
    oauth: true,
    summary: 'Token endpoint: a pre-authorized code for an access token (RFC 6749, OpenID4VCI §6)',
    description:
      'Form-encoded: grant_type=urn:ietf:params:oauth:grant-type:pre-authorized_code and pre-authorized_code. The code is single use and expires with its offer.',
    answers: { 200: TokenAnswerSchema },
  })
  async token(
    @Param('tenantId') tenantId: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const tenant = tenantOf(tenantId, true);
    reply.header('Cache-Control', 'no-store');
    const wallet = await walletLibraries();
    const { authorizationServer } = wallet;
    const { grant } = parsed(
      wallet,
      () =>
        authorizationServer.parseAccessTokenRequest({
          request: requestLike(request),
          accessTokenRequest: isRecord(body) ? body : {},
        }),
      'invalid_request',
    );
    if (grant.grantType !== wallet.preAuthorizedCodeGrant)
      return refuseOAuth(
        'unsupported_grant_type',
        'Only the pre-authorized code grant is supported',
      );
    const { accessToken, expiresIn } = await redeemPreAuthorizedCode(
      this.write,
      walletContext(tenant, request),
      grant.preAuthorizedCode,
    );
    return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn };
  }

  @Post('tenants/:tenantId/openid4vci/nonce')
  @HttpCode(200)
  @Endpoint({
    public: true,
    oauth: true,
    summary: 'Nonce endpoint: a fresh c_nonce for the proof of possession (OpenID4VCI §7)',
    answers: { 200: NonceAnswerSchema },
  })
  async nonce(
    @Param('tenantId') tenantId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const tenant = tenantOf(tenantId, true);
    reply.header('Cache-Control', 'no-store');
    const secret = derivedSecret(request.commandIdSecret, 'c_nonce');
    const { openid4vciIssuer } = await walletLibraries();
    return openid4vciIssuer.createNonceResponse({
      cNonce: issueCNonce(secret, tenant, this.clock.now()),
    });
  }

  @Post('tenants/:tenantId/openid4vci/credential')
  @HttpCode(200)
  @Endpoint({
    public: true,
    oauth: true,
    summary:
      'Credential endpoint: the certificate as an ldp_vc OpenBadgeCredential bound to the holder (OpenID4VCI §8)',
    description:
      'Authorization: Bearer <access token>. Body: { credential_configuration_id: "OpenBadgeCredential", proofs: { jwt: [<proof>] } }; the proof (typ openid4vci-proof+jwt, EdDSA or ES256, kid a did:key or did:jwk DID URL) names the issuer as aud and carries a c_nonce. One credential per access token.',
    answers: { 200: CredentialResponseSchema },
  })
  async credential(
    @Param('tenantId') tenantId: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const tenant = tenantOf(tenantId, true);
    reply.header('Cache-Control', 'no-store');
    const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0)
      return refuseOAuth('invalid_token', 'A bearer access token is required');
    const wallet = await walletLibraries();
    const metadata = await issuerMetadataResult(this.config.PUBLIC_URL, tenant, tenant);
    const nonceSecret = derivedSecret(request.commandIdSecret, 'c_nonce');
    const holderOf = async (now: Date) => {
      const configurationId = isRecord(body) ? body.credential_configuration_id : undefined;
      if (typeof configurationId === 'string' && configurationId !== OPEN_BADGE_CONFIGURATION)
        return refuseOAuth(
          'unknown_credential_configuration',
          `Only ${OPEN_BADGE_CONFIGURATION} is offered`,
        );
      const credentialRequest = parsed(
        wallet,
        () =>
          wallet.openid4vciIssuer.parseCredentialRequest({
            issuerMetadata: metadata,
            credentialRequest: isRecord(body) ? body : {},
          }),
        'invalid_credential_request',
      );
      if (credentialRequest.credentialConfigurationId !== OPEN_BADGE_CONFIGURATION)
        return refuseOAuth(
          'unknown_credential_configuration',
          `Only ${OPEN_BADGE_CONFIGURATION} is offered`,
        );
      const proofs = credentialRequest.proofs?.jwt;
      if (!Array.isArray(proofs) || proofs.length !== 1 || typeof proofs[0] !== 'string')
        return refuseOAuth('invalid_proof', 'Exactly one jwt proof is required');
      return holderOfProof(proofs[0], { metadata, tenantId: tenant, nonceSecret, now });
    };
    const { credential } = await issueWalletCredential(
      { write: this.write, clock: this.clock, files: this.files, issuing: this.issuing },
      walletContext(tenant, request),
      token,
      holderOf,
    );
    return { credentials: [{ credential }] };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requestLike(request: AuthenticatedRequest) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string') headers.set(name, value);
  return { headers, method: 'POST' as const, url: request.url };
}
