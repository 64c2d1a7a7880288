import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { storeSettings } from './store-settings';
import { TEST_SECRET } from './test-app';

export const ROOT = join(__dirname, '../..');

/** A port the OS just handed out, for a service process that must be told its port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface BuiltService {
  readonly child: ChildProcess;
  readonly url: string;
  stderr(): string;
  /** What it logged to stdout (its JSON log lines). */
  stdout(): string;
}

/**
 * The compiled service (`dist/main.js`, built by the global setup) on a DATA_DIR of the test's.
 * A setting given as undefined is left unset (spawn drops it), e.g. AUTH_JWT_SECRET to have the
 * service make its own.
 */
export async function startBuiltService(
  dataDir: string,
  settings: Record<string, string | undefined> = {},
): Promise<BuiltService> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
    env: {
      ...process.env,
      // The stores the test apps use: embedded, or the servers of npm run test:stack.
      ...storeSettings(dataDir),
      NODE_OPTIONS: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      AUTH_JWT_SECRET: TEST_SECRET,
      LOG_LEVEL: 'warn',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return { child, url: `http://127.0.0.1:${port}`, stderr: () => stderr, stdout: () => stdout };
}

/** Resolves once /health answers 200; rejects after `timeoutMs` or if the process ends first. */
export async function healthy(service: BuiltService, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null)
      throw new Error(`the service exited before it was healthy: ${service.stderr()}`);
    const ok = await fetch(`${service.url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the service was not healthy within ${timeoutMs} ms`);
}

/** The projections as their own process (`npm run projections -- run`), on the test's DATA_DIR. */
export function startProjectionsWorker(dataDir: string): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'dist/cli/projections.js'), 'run'], {
    env: {
      ...process.env,
      ...storeSettings(dataDir),
      NODE_OPTIONS: '',
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: TEST_SECRET,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export function exited(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}
