import { round } from './append-workload';
import type { Benchmark } from './benchmark';
import { startEmmettPeer } from './emmett-peer';
import {
  benchToken,
  CONNECTIONS,
  failures,
  LEARNERS,
  progressLoad,
  startService,
} from './http-servers';
import { message, quietly } from './peers';

/**
 * Progress commands/s through our service against the same command through Emmett on its SQLite
 * event store (see emmett-peer.ts), under the same autocannon load as `http-command`.
 */
export const httpCommandPeerBenchmark: Benchmark = {
  name: 'http-command-peer',
  async run({ quick }) {
    const seconds = quick ? 3 : 10;
    const token = await benchToken();
    let best: Awaited<ReturnType<typeof startEmmettPeer>>;
    try {
      best = await startEmmettPeer('one-connection');
    } catch (error) {
      process.stderr.write(`http-command-peer skipped: ${message(error)}\n`);
      return [];
    }
    const theirs = await quietly(() => progressLoad(best, token, seconds));
    await best.close();

    const byDefault = await startEmmettPeer('default');
    const theirsByDefault = await quietly(() => progressLoad(byDefault, token, seconds));
    await quietly(() => byDefault.close());

    const service = await startService(token);
    const ours = await progressLoad(service, token, seconds);
    await service.close();

    const ratio = ours.requestsPerSecond / theirs.requestsPerSecond;
    return [
      {
        name: 'http-command-peer',
        value: round(ours.requestsPerSecond),
        unit: 'commands/s',
        baseline: round(theirs.requestsPerSecond),
        ratio: round(ratio),
        target: 'ratio >= 1.0',
        met: ratio >= 1 && ours.non2xx + ours.errors === 0,
        notes: `POST progress, ${CONNECTIONS} connections, ${seconds} s, ${LEARNERS.toLocaleString('en')} learners' streams each; baseline: Emmett's CommandHandler behind a bare Express route (${best.versions}; Emmett's Express adapter does not install beside this Emmett) on its SQLite store's read and append over one open connection, WAL + synchronous=NORMAL, our decider, one command at a time (concurrent ones fail with SQLITE_MISUSE in this store), no auth, no read models; p99 ours ${round(ours.p99Ms)} ms, Emmett ${round(theirs.p99Ms)} ms; Emmett's default getSQLiteEventStore({ fileName }) (a connection per call): ${round(theirsByDefault.requestsPerSecond)} commands/s${failures(theirsByDefault)}${failures(ours).replace('; ', '; ours: ')}${failures(theirs).replace('; ', '; Emmett: ')}`,
      },
    ];
  },
};
