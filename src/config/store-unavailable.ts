import { ConfigError } from './config';

/** How long start-up waits for a configured store before giving up with a clear message. */
export const STORE_CHECK_TIMEOUT_MS = 20_000;

/**
 * A configured store that cannot be reached or cannot be used. A ConfigError, so main.ts prints
 * one line naming the store and where it was looked for, not a stack trace.
 */
export class StoreUnavailableError extends ConfigError {
  constructor(store: string, url: string, problem: string) {
    super(`${store} at ${withoutCredentials(url)} is not usable: ${problem}`);
    this.name = 'StoreUnavailableError';
  }
}

/** The URL as it may be printed: user and password replaced, the rest as configured. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}

/**
 * Runs a start-up check against a store, turning a failure or a wait longer than the deadline
 * into a StoreUnavailableError. `cancel` releases whatever the check left running.
 */
export async function checkStore<T>(
  store: string,
  url: string,
  check: () => Promise<T>,
  cancel: () => Promise<void>,
  timeoutMs = STORE_CHECK_TIMEOUT_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([check(), deadline]);
  } catch (error) {
    await cancel().catch(() => undefined);
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(
      store,
      url,
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    clearTimeout(timer);
  }
}
