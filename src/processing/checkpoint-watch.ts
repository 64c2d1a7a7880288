import { EventEmitter } from 'node:events';
import type { Position } from '../event-store/event-store';

/** Told after every page a processor of this process handled. */
const moved = new EventEmitter().setMaxListeners(0);

/** Called by the log processor after each page: waiters in this process look again at once. */
export function checkpointMoved(): void {
  moved.emit('moved');
}

/** How often a waiter looks again when the checkpoint it waits on is moved by another process. */
const POLL_MS = 10;

export interface WaitOptions {
  /** Give up (answer false) after this long. */
  readonly timeoutMs?: number;
  /** Give up (answer false) when this aborts. */
  readonly signal?: AbortSignal;
}

/**
 * The one way to wait for a position: resolves true once `reached()` is at or past `position`,
 * false on timeout or abort. `reached` is asked again after every page a processor of this
 * process handles, and every few milliseconds for processors that run elsewhere.
 */
export async function waitForPosition(
  reached: () => Promise<Position | undefined> | Position | undefined,
  position: Position,
  { timeoutMs, signal }: WaitOptions = {},
): Promise<boolean> {
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  for (;;) {
    if (((await reached()) ?? -1n) >= position) return true;
    const left = deadline - Date.now();
    if (left <= 0 || signal?.aborted) return false;
    await nextLook(Math.min(POLL_MS, left), signal);
  }
}

function nextLook(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      // Stryker disable next-line CallExpression: the timer left runs `done` again, a no-op, within the ten milliseconds
      clearTimeout(timer);
      // Stryker disable next-line CallExpression,StringLiteral: the listener left runs `done` again, a no-op, after the next page
      moved.off('moved', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    moved.once('moved', done);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once, and `done` removes the listener anyway
    signal?.addEventListener('abort', done, { once: true });
  });
}
