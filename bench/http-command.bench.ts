import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { signToken } from '../src/auth/sign-token';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/create-app';
import { benchDir, removeDir, round } from './append-workload';
import type { Benchmark } from './benchmark';
import type { LoadOptions, LoadResult } from './http-load';

const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
const CONNECTIONS = 50;
const LEARNERS = 5_000;
const TRAINING = 'course';
const WARM_UP_SECONDS = 1;

/**
 * Progress commands/s over HTTP (50 connections, autocannon in a child process) against the
 * service listening on 127.0.0.1, and their p99 latency; baseline: a bare Fastify app in this
 * same process with a route that does nothing, under the same load.
 */
export const httpCommandBenchmark: Benchmark = {
  name: 'http-command',
  async run({ quick }) {
    const seconds = quick ? 3 : 10;
    const token = await signToken(SECRET, { sub: 'admin', tenant: 'bench', roles: ['admin'] });
    const load = (url: string, learnerPrefix: string, duration: number) =>
      generateLoad({
        url,
        token,
        trainingId: TRAINING,
        learnerPrefix,
        learners: LEARNERS,
        connections: CONNECTIONS,
        seconds: duration,
      });

    const service = await startService(token);
    await load(service.url, 'warm-', WARM_UP_SECONDS);
    const ours = await load(service.url, 'learner-', seconds);
    await service.close();

    const bare = await startBareFastify();
    await load(bare.url, 'warm-', WARM_UP_SECONDS);
    const baseline = await load(bare.url, 'learner-', seconds);
    await bare.close();

    const ratio = ours.requestsPerSecond / baseline.requestsPerSecond;
    const failures =
      ours.non2xx + ours.errors > 0
        ? `; ${ours.non2xx} non-2xx and ${ours.errors} errors, first: ${ours.firstFailure ?? '-'}`
        : '';
    const settings = `${CONNECTIONS} connections, ${seconds} s, ${LEARNERS.toLocaleString('en')} learners' streams`;
    return [
      {
        name: 'http-command',
        value: round(ours.requestsPerSecond),
        unit: 'commands/s',
        baseline: round(baseline.requestsPerSecond),
        ratio: round(ratio),
        target: 'ratio >= 0.25',
        met: ratio >= 0.25 && ours.non2xx + ours.errors === 0,
        notes: `POST progress, ${settings}; ${ours.total.toLocaleString('en')} commands; baseline: bare Fastify route doing nothing${failures}`,
      },
      {
        name: 'http-command-p99',
        value: round(ours.p99Ms),
        unit: 'ms',
        baseline: round(baseline.p99Ms),
        ratio: round(ours.p99Ms / baseline.p99Ms),
        target: '<= 20 ms',
        met: ours.p99Ms <= 20,
        notes: `p99 latency of the same run (average ${round(ours.averageMs)} ms; bare Fastify average ${round(baseline.averageMs)} ms)`,
      },
    ];
  },
};

interface Server {
  readonly url: string;
  close(): Promise<void>;
}

/** The service as deployed, with its live projections, reactors off, no rate limit. */
async function startService(token: string): Promise<Server> {
  const dataDir = benchDir('http-command');
  const config = loadConfig({
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    REACTORS: 'off',
    RATE_LIMIT_MAX: '0',
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/trainings',
    headers: { authorization: `Bearer ${token}` },
    payload: { trainingId: TRAINING, type: 'course', title: 'Workplace Safety Essentials' },
  });
  if (response.statusCode >= 300) throw new Error(`POST /api/v1/trainings: ${response.body}`);
  return {
    url: urlOf(app.getHttpServer().address()),
    async close() {
      await app.close();
      removeDir(dataDir);
    },
  };
}

async function startBareFastify(): Promise<Server> {
  const app = Fastify({ logger: false });
  app.post('/api/v1/trainings/:trainingId/learners/:learnerId/progress', () => ({}));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: urlOf(app.server.address()), close: () => app.close() };
}

const urlOf = (address: string | AddressInfo | null): string => {
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
