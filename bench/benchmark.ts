/** One line of the results table: our number, the baseline measured in the same run, and the target. */
export interface BenchmarkResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: number;
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
  readonly notes?: string;
}

export interface Benchmark {
  readonly name: string;
  run(options: { quick: boolean }): Promise<BenchmarkResult[]>;
}

export function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  return work().then((result) => ({
    result,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  }));
}
