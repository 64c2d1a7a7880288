import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendConcurrentBenchmark } from './append-concurrent.bench';
import { appendPeerBenchmark } from './append-peer.bench';
import { appendPersonalBenchmark } from './append-personal.bench';
import { appendBenchmark } from './append.bench';
import { archiveBenchmark } from './archive.bench';
import { backupBenchmark } from './backup.bench';
import type { Benchmark } from './benchmark';
import { credentialBenchmark } from './credential.bench';
import { erasureBenchmark } from './erasure.bench';
import { httpCommandBackgroundBenchmark } from './http-command-background.bench';
import { httpCommandPeerBenchmark } from './http-command-peer.bench';
import { httpCommandBenchmark } from './http-command.bench';
import { thisMachine } from './machine';
import { mailBenchmark } from './mail.bench';
import { pdfBenchmark } from './pdf.bench';
import { benchmarkTable, TABLE_PAGE, withTable } from './readme-table';
import { rebuildPersonalBenchmark } from './rebuild-personal.bench';
import { rebuildBenchmark } from './rebuild.bench';
import { renewalBenchmark } from './renewal.bench';
import { webhooksBenchmark } from './webhooks.bench';
import { reportBenchmark } from './report.bench';
import { walletBenchmark } from './wallet.bench';
import { mergeResults, type Ran, readResults, writeResults } from './results';

const BENCHMARKS: readonly Benchmark[] = [
  pdfBenchmark,
  reportBenchmark,
  appendBenchmark,
  appendConcurrentBenchmark,
  appendPeerBenchmark,
  appendPersonalBenchmark,
  httpCommandBenchmark,
  httpCommandPeerBenchmark,
  httpCommandBackgroundBenchmark,
  rebuildBenchmark,
  rebuildPersonalBenchmark,
  credentialBenchmark,
  erasureBenchmark,
  renewalBenchmark,
  webhooksBenchmark,
  mailBenchmark,
  archiveBenchmark,
  backupBenchmark,
  walletBenchmark,
];

const ROOT = join(__dirname, '../..');
const RESULTS = join(ROOT, 'bench/results.json');
const TABLE_FILE = join(ROOT, TABLE_PAGE);

/**
 * `npm run bench [-- --quick] [-- name ...]`: runs each benchmark and its baseline, prints this
 * run's table and, unless quick, merges its rows into bench/results.json (a benchmark that did not run or was
 * skipped keeps its last rows) and rewrites the table of docs/benchmarks.md from that file.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((arg) => !arg.startsWith('--'));
  const unknown = only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0)
    throw new Error(
      `No benchmark ${unknown.join(', ')}; there are ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    );
  const ran: Ran[] = [];
  // Every benchmark's data goes under one folder of the run (`os.tmpdir()` reads TMPDIR, and the
  // processes a benchmark starts inherit it), removed at the end: a full run writes gigabytes.
  const runDirectory = mkdtempSync(join(tmpdir(), 'certificates-bench-'));
  process.env['TMPDIR'] = runDirectory;
  try {
    for (const benchmark of BENCHMARKS.filter((b) => only.length === 0 || only.includes(b.name))) {
      process.stderr.write(`running ${benchmark.name}${quick ? ' (quick)' : ''}...\n`);
      const started = performance.now();
      const rows = await benchmark.run({ quick });
      ran.push({ benchmark: benchmark.name, rows, seconds: (performance.now() - started) / 1000 });
    }
  } finally {
    rmSync(runDirectory, { recursive: true, force: true, maxRetries: 3 });
  }
  const rows = ran
    .flatMap((r) => r.rows)
    .map(
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
  if (quick) {
    // Targets are for full runs: a quick run's numbers never replace a full run's.
    process.stderr.write(
      `quick run: bench/results.json and the table of ${TABLE_PAGE} left as they were\n`,
    );
    return;
  }
  const results = mergeResults(
    readResults(RESULTS),
    ran,
    thisMachine(),
    new Date().toISOString(),
    BENCHMARKS.map((b) => b.name),
  );
  writeResults(RESULTS, results);
  writeFileSync(TABLE_FILE, withTable(readFileSync(TABLE_FILE, 'utf8'), benchmarkTable(results)));
  process.stderr.write(`bench/results.json and the table of ${TABLE_PAGE} updated\n`);
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
