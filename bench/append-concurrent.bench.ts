import { plainInserts } from './append.bench';
import { appendsPerSecond, enrolments, ourStore, round } from './append-workload';
import type { Benchmark } from './benchmark';

const WRITERS = 50;

/**
 * Single-event appends/s from 50 concurrent writers through the event-store port, where group
 * commit writes the appends pending together in one transaction, against the same rows inserted
 * by plain node:sqlite one transaction per insert (the `append` baseline, which no concurrency
 * slows down since node:sqlite is synchronous).
 */
export const appendConcurrentBenchmark: Benchmark = {
  name: 'append-concurrent',
  async run({ quick }) {
    const count = quick ? 5_000 : 50_000;
    const [ours, plain] = (await appendsPerSecond(enrolments(count), [
      ourStore(WRITERS),
      plainInserts(),
    ])) as [number, number];
    const ratio = ours / plain;
    return [
      {
        name: 'append-concurrent',
        value: round(ours),
        unit: 'appends/s',
        baseline: round(plain),
        ratio: round(ratio),
        target: 'ratio >= 2',
        met: ratio >= 2,
        notes: `${count.toLocaleString('en')} single-event appends to new streams from ${WRITERS} concurrent writers; baseline: node:sqlite BEGIN IMMEDIATE + INSERT + COMMIT per append (WAL, synchronous=NORMAL, checkpoints in its commits; the store checkpoints on a thread of its own)`,
      },
    ];
  },
};
