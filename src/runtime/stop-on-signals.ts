import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Background } from './supervise-background';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * On SIGTERM or SIGINT: stop taking requests, let in-flight requests, renders and projection
 * pages finish (here, then in the background thread or process), close the stores, and exit 0. A drain that outlives `graceMs` exits 1 rather than
 * hang an orchestrator that is waiting to start the next instance.
 */
export function stopOnSignals(
  app: INestApplication,
  background?: Background,
  graceMs = 10_000,
): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => {
      process.stderr.write(`Shutdown on ${signal} took longer than ${graceMs} ms; exiting\n`);
      process.exit(1);
    }, graceMs);
    deadline.unref();
    // A keep-alive connection whose request finishes during the drain would hold the server open
    // until the client lets go; close each one as soon as it is idle.
    const server = app.getHttpServer() as Server;
    setInterval(() => server.closeIdleConnections(), 50).unref();
    app
      .close()
      .then(() => background?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown on ${signal} failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  for (const signal of SIGNALS) process.once(signal, () => stop(signal));
}
