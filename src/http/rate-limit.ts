import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

export interface RateLimitSettings {
  readonly RATE_LIMIT_MAX: number;
  readonly RATE_LIMIT_WINDOW_MS: number;
}

/**
 * Requests per client address and window; past it, 429 with Retry-After, as problem+json
 * through the problem filter. A client flooding the API is slowed down, others are served.
 * RATE_LIMIT_MAX=0 turns it off (behind a gateway that limits already).
 */
export async function limitRequestRate(fastify: FastifyInstance, settings: RateLimitSettings) {
  if (settings.RATE_LIMIT_MAX === 0) return;
  await fastify.register(rateLimit, {
    global: true,
    max: settings.RATE_LIMIT_MAX,
    timeWindow: settings.RATE_LIMIT_WINDOW_MS,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests; try again in ${context.after}`), {
        statusCode: 429,
      }),
  });
}
