import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/built-service';

/** A loopback port nothing listens on: bound by the system, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Outcome {
  /** null when the service had not stopped by itself after 30 s and was killed. */
  readonly code: number | null;
  readonly output: string;
}

/** Starts the built service with the given settings; it has 30 s to stop by itself. */
function startService(settings: Record<string, string>): Promise<Outcome> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'unavailable-')),
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(killer);
      resolve({ code, output });
    }),
  );
}

describe('Start-up with a configured store that cannot be reached', () => {
  it('stops within 30 s, naming the store and its URL without the password, no stack trace', async () => {
    const port = await closedPort();
    const kurrent = `kurrentdb://127.0.0.1:${port}?tls=false`;
    const mongo = `mongodb://app:secret-password@127.0.0.1:${port}/certificates?replicaSet=rs0`;
    // Side by side: each mostly waits on its store's check (10 s), and has its own 30 s.
    const [events, reads, files] = await Promise.all([
      startService({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: kurrent }),
      startService({ READ_STORE: 'mongodb', MONGODB_URL: mongo }),
      startService({ FILE_STORE: 'gridfs', MONGODB_URL: mongo }),
    ]);
    const printedMongo = `mongodb://***@127.0.0.1:${port}/certificates?replicaSet=rs0`;
    const expectations: [Outcome, string][] = [
      [events, `KurrentDB (event store) at ${kurrent} is not usable`],
      [reads, `MongoDB (read store) at ${printedMongo} is not usable`],
      [files, `MongoDB (GridFS file store) at ${printedMongo} is not usable`],
    ];
    for (const [outcome, message] of expectations) {
      expect(outcome.code).toBe(1);
      expect(outcome.output).toContain(`The certificates service could not start: ${message}`);
      expect(outcome.output).not.toMatch(/^\s+at /m);
      expect(outcome.output).not.toContain('secret-password');
    }
  }, 120_000);
});
