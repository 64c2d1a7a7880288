import { z } from 'zod';
import { named } from './contract-registry';

export const OAuthErrorSchema = named(
  'OAuthError',
  z.object({ error: z.string(), error_description: z.string().optional() }),
  {
    description:
      'An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied',
    example: { error: 'invalid_grant', error_description: 'The pre-authorized code has expired' },
  },
);
