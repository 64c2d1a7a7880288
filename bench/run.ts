import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendConcurrentBenchmark } from './append-concurrent.bench';
import { appendPeerBenchmark } from './append-peer.bench';
import { appendBenchmark } from './append.bench';
import type { Benchmark, BenchmarkResult } from './benchmark';
import { httpCommandBenchmark } from './http-command.bench';
import { pdfBenchmark } from './pdf.bench';
import { rebuildBenchmark } from './rebuild.bench';
import { reportBenchmark } from './report.bench';

const BENCHMARKS: readonly Benchmark[] = [
  pdfBenchmark,
  reportBenchmark,
  appendBenchmark,
  appendConcurrentBenchmark,
  appendPeerBenchmark,
  httpCommandBenchmark,
  rebuildBenchmark,
];

/** `npm run bench [-- --quick] [-- name ...]`: runs each benchmark and its baseline, prints a table. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((arg) => !arg.startsWith('--'));
  const results: BenchmarkResult[] = [];
  for (const benchmark of BENCHMARKS.filter((b) => only.length === 0 || only.includes(b.name))) {
    process.stderr.write(`running ${benchmark.name}${quick ? ' (quick)' : ''}...\n`);
    results.push(...(await benchmark.run({ quick })));
  }
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.value} ${r.unit} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met ? 'met' : 'MISSED'} | ${r.notes ?? ''} |`,
  );
  process.stdout.write(
    [
      '| name | value | baseline | ratio | target | | notes |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n',
  );
  const file = join(__dirname, '../../bench/results.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      results.map(({ name, value, unit, baseline, ratio, target }) => ({
        name,
        value,
        unit,
        baseline,
        ratio,
        target,
      })),
      null,
      2,
    )}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
