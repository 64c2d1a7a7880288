import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Config } from '../config/config';
import { READY, type ToBackground } from './serve-background';

/** One run of the background: messages to it, and its exit code once it has ended. */
export interface Launched {
  send(message: ToBackground): void;
  /** Resolves once its projections and reactors run, or once it has ended without. */
  readonly started: Promise<void>;
  readonly exited: Promise<number | null>;
}

/**
 * The background as a child process, with the same output streams, its own SQLite connections
 * and Chromium pool; it stops when this process goes away.
 */
export function launchBackground(config: Config): Launched {
  const child = fork(join(__dirname, 'background-process.js'), [], { stdio: 'inherit' });
  const ignore = (): void => undefined;
  child.on('error', ignore);
  const send = (message: Config | ToBackground): void => {
    if (child.connected) child.send(message, ignore);
  };
  send(config);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const started = new Promise<void>((resolve) => {
    const listen = (): void => {
      child.once('message', (message) => (message === READY ? resolve() : listen()));
    };
    listen();
  });
  return { send, started: Promise.race([started, exited.then(() => undefined)]), exited };
}
