import { ConfigError } from './config';

/** How long start-up waits for a configured store before giving up with a clear message. */
export const STORE_CHECK_TIMEOUT_MS = 10_000;

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
  { timeoutMs = STORE_CHECK_TIMEOUT_MS, lastProblem = () => undefined as string | undefined } = {},
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const last = lastProblem();
      const seconds = Math.round(timeoutMs / 1000);
      reject(new Error(`no answer within ${seconds} s${last ? ` (${last})` : ''}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([check(), deadline]);
  } catch (error) {
    await cancel().catch(() => undefined);
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(store, url, problemOf(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Some client errors carry only their class name as message (KurrentDB's UnavailableError). */
function problemOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (/^[A-Za-z]*$/.test(error.message))
    return `the server cannot be reached (${error.message || error.name})`;
  return error.message;
}
