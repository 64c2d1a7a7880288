import Fastify from 'fastify';
import { sendFrameworkError } from '../../src/http/framework-errors';

describe("The answer to a URL Fastify's router refuses", () => {
  it('is a problem with the type about:blank and the headers every answer carries', async () => {
    // Given: Fastify set up as the service sets it up, with this answer for router errors
    const fastify = Fastify({
      routerOptions: { maxParamLength: 10 },
      frameworkErrors: (error, _request, reply) => sendFrameworkError(error, reply),
    });
    fastify.get('/things/:id', () => ({ ok: true }));
    try {
      // When: a path parameter is longer than the router takes
      const answer = await fastify.inject({ method: 'GET', url: `/things/${'x'.repeat(50)}` });

      // Then
      expect(answer.statusCode).toBe(414);
      expect(answer.headers).toMatchObject({
        'content-type': expect.stringMatching(/^application\/problem\+json/),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      expect(answer.json()).toEqual({
        type: 'about:blank',
        title: 'URI Too Long',
        status: 414,
        detail: 'A path parameter is too long',
        code: 'validation-failed',
      });
    } finally {
      await fastify.close();
    }
  });
});
