import { supervise } from '../core/backoff';
import type { Config } from '../config/config';
import { onAppend } from '../event-store/append-signal';
import { type Launched, launchBackground } from './launch-background';

export interface Background {
  /** Resolves once the first run has started its projections and reactors (or ended). */
  readonly started: Promise<void>;
  /** Lets the background finish its batches and renders, and resolves once it has ended. */
  stop(): Promise<void>;
}

/** A run this long counts as healthy: the next failure starts the backoff over. */
const HEALTHY_RUN_MS = 60_000;
/** Wake-ups are sent at most this often; followers coalesce appends over the same window. */
const WAKE_EVERY_MS = 25;

/**
 * Runs projections and reactors outside the HTTP event loop, in a child process, and keeps
 * them running: when the background ends without being asked to, it is started again (it
 * resumes from its checkpoints) after the shared supervised backoff. Appends made here wake it
 * at once; it would otherwise notice them at its next poll.
 */
export function superviseBackground(config: Config, warn: (message: string) => void): Background {
  const stopping = new AbortController();
  let current: Launched | undefined = launchBackground(config);
  const { started } = current;
  const stopForwarding = onAppend(throttled(() => current?.send('append'), WAKE_EVERY_MS));
  const running = supervise(
    stopping.signal,
    async (progressed) => {
      current ??= launchBackground(config);
      const healthy = setTimeout(progressed, HEALTHY_RUN_MS);
      const code = await current.exited;
      clearTimeout(healthy);
      current = undefined;
      if (!stopping.signal.aborted) throw new Error(`exit code ${code}`);
    },
    (error, _failures, delay) =>
      warn(
        `the background process ended (${(error as Error).message}); starting it again in ${delay} ms`,
      ),
  );
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
