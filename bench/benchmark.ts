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

/** Time, and the peak growth of the resident set over the start, sampled every 10 ms. */
export async function measured<T>(work: () => Promise<T>) {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const { result, seconds } = await timed(work);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, seconds, peakGrowth: peak - start };
}
