import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signToken } from '../src/auth/sign-token';
import { round } from './append-workload';
import type { Benchmark, BenchmarkResult } from './benchmark';
import type { LoadResult } from './http-load';
import {
  benchToken,
  CONNECTIONS,
  progressLoad,
  SECRET,
  startBareFastify,
  startService,
  TRAINING,
} from './http-servers';

const MODES = ['inline', 'worker', 'process'] as const;
type Mode = (typeof MODES)[number];
/** Enough certificate requests to keep the renderer busy through the whole measured load. */
const RENDERS = 200;

interface Measured {
  readonly mode: Mode;
  readonly mixed: boolean;
  readonly result: LoadResult;
}

/**
 * The http-command load against the service with its projections and reactors in the HTTP
 * event loop (BACKGROUND=inline), in a worker thread, and in a supervised child process; plain,
 * and mixed: with reactors on and 200 certificate PDFs requested just before the load, so
 * renders, credential signing and their appends run while the commands are measured. Modes run
 * interleaved, round after round, each round with its own bare Fastify baseline, because the
 * machine is shared and noisy. Values are the mean over the rounds.
 */
export const httpCommandBackgroundBenchmark: Benchmark = {
  name: 'http-command-background',
  async run({ quick }) {
    const seconds = quick ? 3 : 10;
    const rounds = quick ? 1 : 2;
    const token = await benchToken();
    const measured: Measured[] = [];
    const bare: LoadResult[] = [];
    for (let r = 0; r < rounds; r++) {
      const baseline = await startBareFastify();
      bare.push(await progressLoad(baseline, token, seconds));
      await baseline.close();
      for (const mixed of [false, true])
        for (const mode of MODES) {
          const settings = { BACKGROUND: mode, ...(mixed && { REACTORS: 'run' }) };
          const service = await startService(token, settings, mixed ? requestRenders : undefined);
          measured.push({ mode, mixed, result: await progressLoad(service, token, seconds) });
          await service.close();
        }
    }
    const bareRps = mean(bare.map((b) => b.requestsPerSecond));
    const bareP99 = mean(bare.map((b) => b.p99Ms));
    const settings = `${CONNECTIONS} connections, ${seconds} s, mean of ${rounds} interleaved rounds`;
    return [false, true].flatMap((mixed) =>
      MODES.flatMap((mode): BenchmarkResult[] => {
        const runs = measured.filter((m) => m.mode === mode && m.mixed === mixed);
        const rps = mean(runs.map((m) => m.result.requestsPerSecond));
        const p99 = mean(runs.map((m) => m.result.p99Ms));
        const name = `http-${mixed ? 'mixed' : 'command'}-${mode}`;
        const failed = runs.reduce((n, m) => n + m.result.non2xx + m.result.errors, 0);
        const each = runs
          .map((m) => `${round(m.result.requestsPerSecond)}/s p99 ${m.result.p99Ms} ms`)
          .join(', ');
        const load = mixed ? `with ${RENDERS} certificate renders requested` : 'projections only';
        return [
          {
            name,
            value: round(rps),
            unit: 'commands/s',
            baseline: round(bareRps),
            ratio: round(rps / bareRps),
            target: 'compare the modes',
            met: failed === 0,
            notes: `BACKGROUND=${mode}, ${load}; ${settings}; rounds: ${each}${failed ? `; ${failed} failures` : ''}`,
          },
          {
            name: `${name}-p99`,
            value: round(p99),
            unit: 'ms',
            baseline: round(bareP99),
            ratio: round(p99 / bareP99),
            target: 'compare the modes',
            met: failed === 0,
            notes: `p99 latency of the same runs`,
          },
        ];
      }),
    );
  },
};

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/** Certificates on, and RENDERS learners who completed the training ask for theirs. */
async function requestRenders(app: NestFastifyApplication): Promise<void> {
  const call = async (method: 'POST' | 'PUT', url: string, token: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body !== undefined && { payload: body as object }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  };
  const operator = await signToken(SECRET, { sub: 'op', tenant: 'platform', roles: ['operator'] });
  const admin = await benchToken();
  await call('PUT', '/api/v1/tenants/bench/features/certificates', operator, { enabled: true });
  await call('PUT', `/api/v1/trainings/${TRAINING}/certificate`, admin, {
    templateId: 'classic-en',
    version: 1,
  });
  const learners = await Promise.all(
    Array.from({ length: RENDERS }, async (_, i) => {
      await call('PUT', `/api/v1/learners/g${i}`, admin, { name: 'Zoë', email: `g${i}@x.test` });
      await call('POST', `/api/v1/trainings/${TRAINING}/learners/g${i}/completion`, admin, {});
      return signToken(SECRET, { sub: `g${i}`, tenant: 'bench', roles: ['learner'] });
    }),
  );
  await Promise.all(
    learners.map((learner) =>
      call('POST', `/api/v1/me/learning-records/${TRAINING}/certificate`, learner),
    ),
  );
}
