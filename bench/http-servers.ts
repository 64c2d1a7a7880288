import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify from 'fastify';
import { signToken } from '../src/auth/sign-token';
import { loadConfig } from '../src/config/config';
import { createService } from '../src/runtime/service';
import { benchDir, removeDir } from './append-workload';
import type { LoadOptions, LoadResult } from './http-load';

export const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
export const CONNECTIONS = 50;
export const LEARNERS = 5_000;
export const TRAINING = 'course';
const WARM_UP_SECONDS = 1;

/** A server under load, listening on 127.0.0.1. */
export interface Server {
  readonly url: string;
  close(): Promise<void>;
}

export const benchToken = (): Promise<string> =>
  signToken(SECRET, { sub: 'admin', tenant: 'bench', roles: ['admin'] });

/**
 * Progress commands against `server` from autocannon in a child process: a second of other
 * learners' commands to warm up, then `seconds` measured.
 */
export async function progressLoad(
  server: Server,
  token: string,
  seconds: number,
  rate?: number,
): Promise<LoadResult> {
  const load = (learnerPrefix: string, duration: number) =>
    generateLoad({
      url: server.url,
      token,
      trainingId: TRAINING,
      learnerPrefix,
      learners: LEARNERS,
      connections: CONNECTIONS,
      seconds: duration,
      rate,
    });
  await load('warm-', WARM_UP_SECONDS);
  return load('learner-', seconds);
}

/**
 * The service as deployed, with its live projections, reactors off, no rate limit; `settings`
 * override (BACKGROUND, REACTORS, ...; a DATA_DIR given is seeded already, and its projections
 * may take minutes to catch up). `prepare` runs against it before it is measured.
 */
export async function startService(
  token: string,
  settings: Record<string, string> = {},
  prepare?: (app: NestFastifyApplication) => Promise<void>,
): Promise<Server> {
  const dataDir = settings.DATA_DIR ?? benchDir('http-command');
  const config = loadConfig({
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    REACTORS: 'off',
    RATE_LIMIT_MAX: '0',
    ...settings,
  });
  const { app, background } = await createService(config, (message) =>
    process.stderr.write(`${message}\n`),
  );
  await app.listen(0, '127.0.0.1');
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/trainings',
    headers: { authorization: `Bearer ${token}` },
    payload: { trainingId: TRAINING, type: 'course', title: 'Workplace Safety Essentials' },
  });
  if (response.statusCode >= 300) throw new Error(`POST /api/v1/trainings: ${response.body}`);
  await caughtUp(app, settings.DATA_DIR ? 30 * 60_000 : 60_000);
  await prepare?.(app);
  return {
    url: urlOf(app.getHttpServer().address()),
    async close() {
      await app.close();
      await background?.stop();
      removeDir(dataDir);
    },
  };
}

/** Measuring starts once the projections (maybe in a thread or process still starting) are live. */
async function caughtUp(app: NestFastifyApplication, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await app.inject({ method: 'GET', url: '/health' })).json<{
      projections: { lag: string }[];
    }>();
    if (health.projections.every((p) => p.lag === '0')) return;
    if (Date.now() > deadline)
      throw new Error(`the projections did not catch up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startBareFastify(): Promise<Server> {
  const app = Fastify({ logger: false });
  app.post('/api/v1/trainings/:trainingId/learners/:learnerId/progress', () => ({}));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: urlOf(app.server.address()), close: () => app.close() };
}

export const urlOf = (address: string | AddressInfo | null): string => {
  if (address === null || typeof address === 'string') throw new Error('Not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
};

async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(__dirname, 'http-load.js'), JSON.stringify(options)],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout) as LoadResult;
}

/** "; 3 non-2xx and 0 errors, first: …" when a load had failures, else "". */
export const failures = (result: LoadResult): string =>
  result.non2xx + result.errors > 0
    ? `; ${result.non2xx} non-2xx and ${result.errors} errors, first: ${result.firstFailure ?? '-'}`
    : '';
