import type { Config } from '../config/config';
import { sleep } from '../core/sleep';
import { onAppend } from '../event-store/append-signal';
import { type Launched, launchProcess, launchThread } from './background-launchers';

export interface Background {
  /** Resolves once the first run has started its projections and reactors (or ended). */
  readonly started: Promise<void>;
  /** Lets the background finish its batches and renders, and resolves once it has ended. */
  stop(): Promise<void>;
}

/** A run this long counts as healthy: the next failure starts the backoff over. */
const HEALTHY_RUN_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;
/** Wake-ups are sent at most this often; followers coalesce appends over the same window. */
const WAKE_EVERY_MS = 25;

/**
 * Runs projections and reactors outside the HTTP event loop, in a worker thread or a child
 * process, and keeps them running: when the background ends without being asked to, it is
 * started again (it resumes from its checkpoints) after a growing backoff. Appends made here
 * wake it at once; it would otherwise notice them at its next poll.
 */
export function superviseBackground(
  config: Config,
  mode: 'worker' | 'process',
  warn: (message: string) => void,
): Background {
  const launch = mode === 'worker' ? launchThread : launchProcess;
  const stopping = new AbortController();
  let current: Launched | undefined = launch(config);
  const { started } = current;
  const stopForwarding = onAppend(throttled(() => current?.send('append'), WAKE_EVERY_MS));
  const running = (async () => {
    for (let failures = 0; !stopping.signal.aborted;) {
      const startedAt = Date.now();
      current ??= launch(config);
      const code = await current.exited;
      current = undefined;
      if (stopping.signal.aborted) return;
      failures = Date.now() - startedAt >= HEALTHY_RUN_MS ? 1 : failures + 1;
      const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** (failures - 1));
      warn(`the background ${mode} ended (exit code ${code}); starting it again in ${delay} ms`);
      await sleep(delay, stopping.signal);
    }
  })();
  return {
    started,
    async stop() {
      stopping.abort();
      stopForwarding();
      current?.send('stop');
      await running;
    },
  };
}

/** Calls `send` at once, then at most once per `ms` while calls keep coming (and once after). */
function throttled(send: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let missed = false;
  const tick = (): void => {
    timer = undefined;
    if (!missed) return;
    missed = false;
    send();
    timer = setTimeout(tick, ms).unref();
  };
  return () => {
    if (timer) missed = true;
    else {
      send();
      timer = setTimeout(tick, ms).unref();
    }
  };
}
