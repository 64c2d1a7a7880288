import { sleep } from '../core/sleep';

/**
 * Keeps a long-lived loop going until the signal aborts: when it fails, reports the failure and
 * starts it again (it resumes from its checkpoint) after a growing backoff.
 */
export async function runSupervised(
  signal: AbortSignal,
  follow: () => Promise<void>,
  onFailure: (error: unknown, failures: number) => void,
): Promise<void> {
  for (let failures = 0; !signal.aborted;) {
    try {
      await follow();
    } catch (error) {
      if (signal.aborted) return;
      failures++;
      onFailure(error, failures);
      await sleep(Math.min(30_000, 200 * 2 ** failures), signal);
    }
  }
}
