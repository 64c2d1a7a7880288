import type { FastifyError, FastifyReply } from 'fastify';
import { PROBLEM_TYPE, TITLES } from './problem';
import { SECURITY_HEADERS } from './security-headers';

/**
 * The answer to a request Fastify's router refuses before any route, hook or Nest sees it (a
 * path parameter too long: 414; a URL it cannot read: 400): problem+json like every other, with
 * the headers every answer carries, since no onSend hook runs for it. For Fastify's
 * `frameworkErrors` option.
 */
export function sendFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  void reply
    .status(status)
    .headers(SECURITY_HEADERS)
    .type('application/problem+json')
    .send({
      type: PROBLEM_TYPE,
      title: TITLES[status] ?? 'Bad Request',
      status,
      detail: status === 414 ? 'A path parameter is too long' : 'The URL is not valid',
      code: 'validation-failed',
    });
}
