/**
 * The error codes OAuth 2.0 (RFC 6749 §5.2, RFC 6750 §3.1) and OpenID4VCI 1.0 (§8.3.1, §7.3)
 * define for the token, nonce and credential endpoints.
 */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_token'
  | 'invalid_credential_request'
  | 'unknown_credential_configuration'
  | 'invalid_proof'
  | 'invalid_nonce'
  | 'credential_request_denied';

const STATUS: Record<OAuthErrorCode, number> = {
  invalid_request: 400,
  invalid_grant: 400,
  unsupported_grant_type: 400,
  invalid_token: 401,
  invalid_credential_request: 400,
  unknown_credential_configuration: 400,
  invalid_proof: 400,
  invalid_nonce: 400,
  credential_request_denied: 400,
};

/** A refusal answered as `{ error, error_description }`, with the status its spec gives it. */
export class OAuthRefusal extends Error {
  readonly status: number;

  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
    this.name = 'OAuthRefusal';
    this.status = STATUS[error];
  }
}

export const refuseOAuth = (error: OAuthErrorCode, description: string): never => {
  throw new OAuthRefusal(error, description);
};
