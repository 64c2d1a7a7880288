import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { type FastifyError, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { AppModule } from './app.module';
import { allowHttpIssuer } from './credentials/wallet/wallet-issuer';
import type { Config } from './config/config';
import { openApiDocument } from './http/contract/openapi-document';
import { keyCommandIds } from './http/command-id-secret';
import { StorageHealth, watchWrites } from './http/storage-health';
import { sendFrameworkError } from './http/framework-errors';
import { acceptEmptyJsonBodies, acceptFormBodies } from './http/json-body';
import { limitRequestRate } from './http/rate-limit';
import { Metrics } from './http/metrics';
import { logOneLinePerRequest } from './http/request-logging';
import { sendLogPositions } from './http/log-position-header';
import { nestLogger } from './nest-logger';

const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Builds the HTTP application; main.ts listens on it, end-to-end tests inject into it. */
export async function createApp(config: Config): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Long ids reach our validation and get its 400, instead of the router's bare 414.
    routerOptions: { maxParamLength: 1000 },
    // Errors the router answers before Nest sees the request: problem+json like every other.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
      sendFrameworkError(error, reply),
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bodyParser: false,
    // Start-up errors reach the caller (main.ts prints them) instead of a silent exit.
    abortOnError: false,
    logger: nestLogger(config),
  });
  const fastify = app.getHttpAdapter().getInstance();
  logOneLinePerRequest(fastify);
  sendLogPositions(fastify);
  keyCommandIds(fastify, config);
  watchWrites(fastify, app.get(StorageHealth));
  app.get(Metrics).observe(fastify);
  acceptEmptyJsonBodies(fastify);
  acceptFormBodies(fastify);
  allowHttpIssuer(config.PUBLIC_URL);
  await limitRequestRate(fastify, config);
  // Built at its first request, not at start-up, where scanning every route took a second on a
  // busy machine, in every process and test file; then kept.
  SwaggerModule.setup('docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'docs/json' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
