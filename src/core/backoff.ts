import { sleep } from './sleep';

/** How a retry waits: doubling from `firstMs`, never longer than `maxMs`; jittered when asked. */
export interface BackoffPolicy {
  readonly firstMs: number;
  readonly maxMs: number;
  /** A random share of the delay, so that racing processes do not retry in step. */
  readonly jitter?: boolean;
}

/** Restarting a long-lived loop (a log processor, the background process) after a failure. */
export const RESTART: BackoffPolicy = { firstMs: 200, maxMs: 30_000 };

/** Deciding again after a concurrent append won the race: short, and spread out. */
export const CONFLICT: BackoffPolicy = { firstMs: 10, maxMs: 1_000, jitter: true };

/** Trying a failed render again: long enough for a browser to come back. */
export const RENDER_RETRY: BackoffPolicy = { firstMs: 1_000, maxMs: 30_000 };

/** The wait before retry number `failures` (1 for the first retry). */
export function backoffDelay(failures: number, policy: BackoffPolicy): number {
  const delay = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, failures - 1));
  return policy.jitter ? Math.random() * delay : delay;
}

/**
 * Keeps a long-lived loop going until the signal aborts: when `run` fails, reports the failure
 * and runs it again (it resumes from its checkpoint) after a growing backoff. `run` resolving
 * means it is done (the signal aborted). `run` calls `progressed` when it has done work, so the
 * next failure counts from one again.
 */
export async function supervise(
  signal: AbortSignal,
  run: (progressed: () => void) => Promise<void>,
  onFailure: (error: unknown, failures: number, delayMs: number) => void,
  policy: BackoffPolicy = RESTART,
): Promise<void> {
  let failures = 0;
  const progressed = (): void => {
    failures = 0;
  };
  while (!signal.aborted) {
    try {
      await run(progressed);
      return;
    } catch (error) {
      if (signal.aborted) return;
      failures++;
      const delay = backoffDelay(failures, policy);
      onFailure(error, failures, delay);
      await sleep(delay, signal);
    }
  }
}
