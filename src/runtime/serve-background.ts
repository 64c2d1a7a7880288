import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Config } from '../config/config';
import { appendedElsewhere } from '../event-store/append-signal';
import { BackgroundModule } from './background.module';
import { nestLogger } from '../nest-logger';

/** What the supervisor tells its background: the HTTP side appended, or stop. */
export type ToBackground = 'append' | 'stop';

/** What the background tells its supervisor: its projections and reactors have started. */
export const READY = 'ready';

/**
 * Starts projections and reactors, calls `ready` once they run, and returns what handles the
 * supervisor's messages. On
 * 'stop' the batches and renders in flight finish and the stores close before `exit(0)`; a
 * start-up that fails exits 1, and the supervisor tries again later.
 */
export function serveBackground(
  config: Config,
  ready: () => void,
  exit: (code: number) => void,
): (message: ToBackground) => void {
  const started = NestFactory.createApplicationContext(BackgroundModule.forRoot(config), {
    logger: nestLogger(config),
    abortOnError: false,
  });
  const fail = (error: unknown): void => {
    process.stderr.write(
      `${JSON.stringify({ level: 'error', message: `background stopped: ${String(error)}` })}\n`,
    );
    exit(1);
  };
  started.then(ready, fail);
  let stopping: Promise<void> | undefined;
  return (message) => {
    if (message === 'append') appendedElsewhere();
    else stopping ??= started.then((context) => context.close()).then(() => exit(0), fail);
  };
}
