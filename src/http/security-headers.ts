import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Headers on every answer — JSON, problems, files, pages, the docs' own files, and the answers
 * Fastify gives before a route is chosen (404, 414, 429):
 * - `X-Content-Type-Options: nosniff`: a browser never reads a CSV, a PDF or a problem as HTML
 *   or script, whatever it guesses from the bytes.
 * - `Referrer-Policy: no-referrer`: nothing the service serves needs a Referer, and the public
 *   verification page links out (the credential, LinkedIn); its URL, which names the certificate,
 *   is not handed to the sites it links to.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function sendSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    void reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });
}

/** Registers the headers on the application's Fastify instance as the application starts. */
@Injectable()
export class SecurityHeaders implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    sendSecurityHeaders(this.host.httpAdapter.getInstance<FastifyInstance>());
  }
}
