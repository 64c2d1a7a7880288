import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchmarkResult } from './benchmark';
import type { Machine } from './machine';

/** A row as stored: which benchmark measured it, and when. */
export interface StoredResult extends BenchmarkResult {
  readonly benchmark: string;
  readonly date: string;
  /** How long the whole benchmark took to run, baselines included (absent in older rows). */
  readonly benchmarkSeconds?: number;
}

/** bench/results.json: every row of the latest run of each benchmark, and the machine. */
export interface Results {
  readonly machine: Machine & { readonly date: string };
  readonly rows: readonly StoredResult[];
}

/** One benchmark's rows from this run; none when it was skipped. */
export interface Ran {
  readonly benchmark: string;
  readonly rows: readonly BenchmarkResult[];
  /** How long it took to run, baselines included. */
  readonly seconds?: number;
}

export function readResults(file: string): Results | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Results | unknown[];
  // The first results.json was a bare array of rows without the machine: start afresh.
  return Array.isArray(parsed) ? undefined : parsed;
}

export function writeResults(file: string, results: Results): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * The stored rows with each benchmark that ran and returned rows replacing all of its old ones
 * (a skipped benchmark keeps its last rows and their date), in the order of `order`.
 */
export function mergeResults(
  previous: Results | undefined,
  ran: readonly Ran[],
  machine: Machine,
  date: string,
  order: readonly string[],
): Results {
  const replaced = new Set(ran.filter((r) => r.rows.length > 0).map((r) => r.benchmark));
  const kept = (previous?.rows ?? []).filter((row) => !replaced.has(row.benchmark));
  const fresh = ran.flatMap(({ benchmark, rows, seconds }) =>
    rows.map((row) => ({
      benchmark,
      date,
      ...row,
      ...(seconds !== undefined && { benchmarkSeconds: Math.round(seconds) }),
    })),
  );
  const rank = (row: StoredResult) => {
    const index = order.indexOf(row.benchmark);
    return index === -1 ? order.length : index;
  };
  const rows = [...kept, ...fresh]
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
  return { machine: { ...machine, date }, rows };
}
