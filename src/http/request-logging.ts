import type { FastifyInstance } from 'fastify';

/**
 * One JSON line per request, with its correlation id. Only the route pattern is logged, not
 * the URL, and never headers or bodies, so no names, e-mails or tokens reach the logs.
 */
export function logOneLinePerRequest(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const correlation = request.headers['x-correlation-id'];
    void reply.header(
      'X-Correlation-Id',
      typeof correlation === 'string' ? correlation : request.id,
    );
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        correlationId: reply.getHeader('X-Correlation-Id'),
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });
}
