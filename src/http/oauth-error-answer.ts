import type { FastifyReply, FastifyRequest } from 'fastify';
import { OAuthRefusal } from '../core/oauth-refusal';
import type { Problem } from './problem';

/** The OAuth endpoints of the wallet issuance (all POST), which answer errors as OAuth does. */
const OAUTH_PATH = /^\/tenants\/[^/]+\/openid4vci\/(token|nonce|credential)(\?|$)/;

/**
 * RFC 6749 §5.2 / OpenID4VCI §8.3.1: `{ error, error_description }` as JSON, never cached; a
 * refused access token also says so in `WWW-Authenticate` (RFC 6750 §3). On those endpoints a
 * refusal from elsewhere (a body too large, not JSON or form, a storage fault) is told the same
 * way, as `invalid_request` with its status, or `server_error`. Answers whether it answered.
 */
export function sendOAuthError(
  error: unknown,
  problem: () => Problem,
  request: FastifyRequest,
  reply: FastifyReply,
): boolean {
  let status: number;
  let body: { error: string; error_description: string };
  if (error instanceof OAuthRefusal) {
    status = error.status;
    body = { error: error.error, error_description: error.description };
  } else if (request.method === 'POST' && OAUTH_PATH.test(request.url)) {
    const refused = problem();
    status = refused.status;
    body = {
      error: status < 500 ? 'invalid_request' : 'server_error',
      error_description: refused.detail,
    };
  } else return false;
  if (body.error === 'invalid_token')
    void reply.header('WWW-Authenticate', `Bearer error="invalid_token"`);
  void reply.status(status).header('Cache-Control', 'no-store').type('application/json').send(body);
  return true;
}
