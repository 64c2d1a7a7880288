import { loadConfig } from '../src/config/config';

export const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

/** The settings of the service run in the bench's process on `dataDir`: quiet, unlimited. */
export const inProcessConfig = (dataDir: string, settings: Record<string, string> = {}) =>
  loadConfig({
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '0',
    CUTOFF_SCHEDULER: 'off',
    ...settings,
  });

/** Polls `done` every few milliseconds until it answers true; gives up after `timeoutMs`. */
export async function until(done: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
