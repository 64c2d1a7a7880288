import { round } from './append-workload';
import type { Benchmark } from './benchmark';
import { startEmptyNest } from './empty-nest';
import {
  benchToken,
  CONNECTIONS,
  failures,
  LEARNERS,
  progressLoad,
  startBareFastify,
  startService,
} from './http-servers';

/**
 * Progress commands/s over HTTP (50 connections, autocannon in a child process) against the
 * service listening on 127.0.0.1, and their p99 latency; baseline: a bare Fastify app in this
 * same process with a route that does nothing, under the same load.
 */
export const httpCommandBenchmark: Benchmark = {
  name: 'http-command',
  async run({ quick }) {
    const seconds = quick ? 3 : 10;
    const token = await benchToken();

    const service = await startService(token);
    const ours = await progressLoad(service, token, seconds);
    await service.close();

    const bare = await startBareFastify();
    const baseline = await progressLoad(bare, token, seconds);
    await bare.close();

    const emptyNest = await startEmptyNest();
    const framework = await progressLoad(emptyNest, token, seconds);
    await emptyNest.close();

    const ratio = ours.requestsPerSecond / baseline.requestsPerSecond;
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
        notes: `POST progress, ${settings}; ${ours.total.toLocaleString('en')} commands; baseline: bare Fastify route doing nothing; NestJS on Fastify with an empty route, same load: ${round(framework.requestsPerSecond)}/s (${round(framework.requestsPerSecond / baseline.requestsPerSecond)} of bare Fastify)${failures(ours)}`,
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
