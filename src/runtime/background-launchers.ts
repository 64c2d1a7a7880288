import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config';
import { READY, type ToBackground } from './serve-background';

/** One run of the background: messages to it, and its exit code once it has ended. */
export interface Launched {
  send(message: ToBackground): void;
  /** Resolves once its projections and reactors run, or once it has ended without. */
  readonly started: Promise<void>;
  readonly exited: Promise<number | null>;
}

/** A worker thread of this process, with SQLite connections and a Chromium pool of its own. */
export function launchThread(config: Config): Launched {
  const worker = new Worker(join(__dirname, 'background-thread.js'), { workerData: config });
  // An uncaught error ends the thread with exit code 1, which the supervisor sees.
  worker.on('error', () => undefined);
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  return {
    send: (message) => worker.postMessage(message),
    started: startedOrEnded(worker, exited),
    exited,
  };
}

/** A child process, with the same output streams; it stops when this process goes away. */
export function launchProcess(config: Config): Launched {
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
  return { send, started: startedOrEnded(child, exited), exited };
}

function startedOrEnded(
  from: { once(event: 'message', listener: (message: unknown) => void): unknown },
  exited: Promise<unknown>,
): Promise<void> {
  const ready = new Promise<void>((resolve) => {
    const listen = (): void => {
      from.once('message', (message) => (message === READY ? resolve() : listen()));
    };
    listen();
  });
  return Promise.race([ready, exited.then(() => undefined)]);
}
