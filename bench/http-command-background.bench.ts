import { monitorEventLoopDelay } from 'node:perf_hooks';
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

const MODES = ['inline', 'process'] as const;
type Mode = (typeof MODES)[number];
/** Enough certificate requests to keep the renderer busy through the whole measured load. */
const RENDERS = 200;
/** A steady rate every mode sustains on this machine, for latencies not set by saturation. */
const STEADY_RATE = 300;

interface Load {
  readonly name: string;
  readonly describe: string;
  readonly renders: boolean;
  readonly rate?: number;
}

const LOADS: readonly Load[] = [
  { name: 'command', describe: 'projections only, as fast as answered', renders: false },
  {
    name: 'mixed',
    describe: `${RENDERS} certificate renders requested, as fast as answered`,
    renders: true,
  },
  {
    name: `mixed-at-${STEADY_RATE}`,
    describe: `${RENDERS} certificate renders requested, ${STEADY_RATE} commands/s`,
    renders: true,
    rate: STEADY_RATE,
  },
];

interface Measured {
  readonly mode: Mode;
  readonly load: Load;
  readonly result: LoadResult;
  /** The bare Fastify baseline of the same round. */
  readonly bare: LoadResult;
  /** p99 of this (the HTTP) event loop's delay during the load, in ms. */
  readonly loopDelayMs: number;
}

/**
 * The http-command load against the service with its projections and reactors in the HTTP
 * event loop (BACKGROUND=inline) and in a supervised child process:
 * projections only, and mixed (reactors on, certificate PDFs requested just before the load, so
 * renders, credential signing and their appends run while commands are measured), both as fast
 * as the service answers and, mixed, at a steady rate. The service runs in this process, so the
 * delay of this event loop is the request path's. Modes run interleaved, round after round, each
 * round with its own bare Fastify baseline, because the machine is shared and noisy. Values are
 * the mean over the rounds; the ratio is the mean of each round's ratio to its own baseline.
 */
export const httpCommandBackgroundBenchmark: Benchmark = {
  name: 'http-command-background',
  async run({ quick }) {
    const seconds = quick ? 3 : 10;
    const rounds = quick ? 1 : 3;
    const token = await benchToken();
    const measured: Measured[] = [];
    for (let r = 0; r < rounds; r++) {
      const baseline = await startBareFastify();
      const bare = await progressLoad(baseline, token, seconds);
      await baseline.close();
      for (const load of LOADS)
        for (const mode of MODES) {
          const settings = { BACKGROUND: mode, ...(load.renders && { REACTORS: 'run' }) };
          const service = await startService(
            token,
            settings,
            load.renders ? requestRenders : undefined,
          );
          const loop = monitorEventLoopDelay({ resolution: 5 });
          loop.enable();
          const result = await progressLoad(service, token, seconds, load.rate);
          loop.disable();
          measured.push({ mode, load, result, bare, loopDelayMs: loop.percentile(99) / 1e6 });
          await service.close();
        }
    }
    const settings = `${CONNECTIONS} connections, ${seconds} s, mean of ${rounds} interleaved rounds`;
    return LOADS.flatMap((load) =>
      MODES.flatMap((mode): BenchmarkResult[] => {
        const runs = measured.filter((m) => m.mode === mode && m.load === load);
        const name = `http-${load.name}-${mode}`;
        const failed = runs.reduce((n, m) => n + m.result.non2xx + m.result.errors, 0);
        const ratioTo = (m: Measured) => m.result.requestsPerSecond / m.bare.requestsPerSecond;
        const each = runs
          .map(
            (m) =>
              `${round(m.result.requestsPerSecond)}/s (${round(ratioTo(m))}), p99 ${m.result.p99Ms} ms, loop p99 ${round(m.loopDelayMs)} ms`,
          )
          .join('; ');
        const notes = `BACKGROUND=${mode}, ${load.describe}; ${settings}: ${each}${failed ? `; ${failed} failures` : ''}`;
        const p99 = {
          name: `${name}-p99`,
          value: round(mean(runs.map((m) => m.result.p99Ms))),
          unit: 'ms',
          baseline: round(mean(runs.map((m) => m.bare.p99Ms))),
          ratio: round(mean(runs.map((m) => m.result.p99Ms / m.bare.p99Ms))),
          target: 'compare the modes',
          met: failed === 0,
          notes: `p99 latency; event-loop delay p99 ${round(mean(runs.map((m) => m.loopDelayMs)))} ms`,
        };
        if (load.rate !== undefined)
          return [{ ...p99, notes: `${notes}; baseline: bare Fastify at full speed` }];
        return [
          {
            name,
            value: round(mean(runs.map((m) => m.result.requestsPerSecond))),
            unit: 'commands/s',
            baseline: round(mean(runs.map((m) => m.bare.requestsPerSecond))),
            ratio: round(mean(runs.map(ratioTo))),
            target: 'compare the modes',
            met: failed === 0,
            notes,
          },
          p99,
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
