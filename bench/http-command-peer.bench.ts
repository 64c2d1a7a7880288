import { round } from './append-workload';
import type { Benchmark } from './benchmark';
import { emmettPeerVersions, startEmmettPeer } from './emmett-peer';
import type { LoadResult } from './http-load';
import {
  benchToken,
  CONNECTIONS,
  failures,
  LEARNERS,
  progressLoad,
  type Server,
  startService,
} from './http-servers';
import { message, quietly } from './peers';

/**
 * Progress commands/s through our service against the same command through Emmett on its SQLite
 * event store (see emmett-peer.ts), under the same autocannon load as `http-command`. The machine
 * is shared, so the two take turns, each on a fresh server and store: Emmett, ours, ours, Emmett
 * (a quick run: one turn each), and each side's rate is the mean of its turns.
 */
export const httpCommandPeerBenchmark: Benchmark = {
  name: 'http-command-peer',
  async run({ quick }) {
    const seconds = quick ? 3 : 5;
    const token = await benchToken();
    let versions: string;
    try {
      versions = emmettPeerVersions();
    } catch (error) {
      process.stderr.write(`http-command-peer skipped: ${message(error)}\n`);
      return [];
    }
    const emmett = () => measured(() => startEmmettPeer('one-connection'), token, seconds);
    const service = () => measured(() => startService(token), token, seconds);
    const turns = quick ? [emmett, service] : [emmett, service, service, emmett];
    const theirsTurns: LoadResult[] = [];
    const oursTurns: LoadResult[] = [];
    for (const turn of turns) (turn === emmett ? theirsTurns : oursTurns).push(await turn());
    const [theirs, ours] = [combined(theirsTurns), combined(oursTurns)];
    const byDefault = await measured(() => startEmmettPeer('default'), token, seconds);

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
        notes: `POST progress, ${CONNECTIONS} connections, ${LEARNERS.toLocaleString('en')} learners' streams, ${turns.length / 2 > 1 ? `${turns.length / 2} turns` : 'one turn'} of ${seconds} s each side; baseline: Emmett's CommandHandler behind a bare Express route (${versions}; Emmett's Express adapter does not install beside this Emmett) on its SQLite store's read and append over one open connection, WAL + synchronous=NORMAL, our decider, one command at a time (concurrent ones fail with SQLITE_MISUSE in this store), no auth, no read models; worst p99 ours ${round(ours.p99Ms)} ms, Emmett ${round(theirs.p99Ms)} ms; Emmett's default getSQLiteEventStore({ fileName }) (a connection per call): ${round(byDefault.requestsPerSecond)} commands/s${failures(byDefault)}${failures(ours).replace('; ', '; ours: ')}${failures(theirs).replace('; ', '; Emmett: ')}`,
      },
    ];
  },
};

/** One turn: a fresh server under the progress load, Emmett's console output muted. */
async function measured(
  start: () => Promise<Server>,
  token: string,
  seconds: number,
): Promise<LoadResult> {
  const server = await start();
  return quietly(async () => {
    try {
      return await progressLoad(server, token, seconds);
    } finally {
      await server.close();
    }
  });
}

/** Turns of equal length: the mean rate, the worst p99, the sums of counts. */
function combined(turns: readonly LoadResult[]): LoadResult {
  const sum = (pick: (turn: LoadResult) => number) => turns.reduce((n, t) => n + pick(t), 0);
  const firstFailure = turns.find((t) => t.firstFailure !== undefined)?.firstFailure;
  return {
    requestsPerSecond: sum((t) => t.requestsPerSecond) / turns.length,
    p99Ms: Math.max(...turns.map((t) => t.p99Ms)),
    averageMs: sum((t) => t.averageMs) / turns.length,
    total: sum((t) => t.total),
    non2xx: sum((t) => t.non2xx),
    errors: sum((t) => t.errors),
    ...(firstFailure !== undefined && { firstFailure }),
  };
}
