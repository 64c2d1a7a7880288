import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies as Fastify parses them (with its prototype-poisoning guard), except that an empty
 * body sent with a JSON content type counts as no body: many clients send the header on every
 * POST, and endpoints without a body should not refuse them.
 */
export function acceptEmptyJsonBodies(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    void parse(request, body.toString(), done);
  });
}

/** The one endpoint that takes a form: the OAuth token endpoint. */
const FORM_ENDPOINT = /^\/tenants\/[^/?]+\/openid4vci\/token(\?|$)/;

/**
 * `application/x-www-form-urlencoded` bodies of the OAuth token endpoint (RFC 6749 §4.1.3) as an
 * object of their parameters; a parameter given twice is refused, as RFC 6749 §3.1 says. Every
 * other endpoint takes JSON only, and still answers a form with 415.
 */
export function acceptFormBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (request, body, done) => {
      if (!FORM_ENDPOINT.test(request.url)) {
        done(Object.assign(new Error('Only JSON bodies are accepted here'), { statusCode: 415 }));
        return;
      }
      const parameters: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(body.toString())) {
        if (Object.hasOwn(parameters, name)) {
          done(Object.assign(new Error(`Parameter ${name} is repeated`), { statusCode: 400 }));
          return;
        }
        parameters[name] = value;
      }
      done(null, parameters);
    },
  );
}
