import { dirname, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A thread running the module `name` that sits beside the caller's module (`callerFile`, its
 * `__filename`): the compiled .js, or from the sources the .ts itself, its types stripped by
 * Node. A .ts module in a package without a "type" is parsed twice and warned about at every
 * start (once per test file that starts one): the warning is turned off for that thread alone.
 */
export function moduleThread(callerFile: string, name: string, workerData: unknown): Worker {
  const extension = extname(callerFile);
  return new Worker(siblingModule(callerFile, name), {
    workerData,
    ...(extension === '.ts' && {
      execArgv: [...process.execArgv, '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'],
    }),
  });
}

/** The file of the module `name` beside the caller's module (`callerFile`): .js or .ts as it is. */
export function siblingModule(callerFile: string, name: string): string {
  return join(dirname(callerFile), `${name}${extname(callerFile)}`);
}

/**
 * Stops a thread started by `moduleThread` that closes itself on a `'close'` message: its
 * listeners removed (its exit is no failure), held open until it has exited, so a process that
 * is closing waits for it. Messages are handled in order: work asked for before the close ends
 * first.
 */
export async function closeThread(worker: Worker): Promise<void> {
  worker.removeAllListeners();
  const exited = new Promise((done) => worker.once('exit', done));
  worker.ref();
  worker.postMessage('close');
  await exited;
}

/** A thread that answers each message it is sent with one message of its own, in order. */
export interface AskedThread<A> {
  /** Settles with the answer to `message`; rejects should the thread fail or exit first. */
  ask(message: unknown): Promise<A>;
  /** Messages not answered yet. */
  readonly waiting: number;
}

/**
 * Asks `worker`, which answers in the order it was asked: each answer settles the oldest ask
 * still waiting. A thread that fails or exits (named `what` in the error) rejects them all.
 */
export function askedThread<A>(worker: Worker, what: string): AskedThread<A> {
  const waiting: { resolve: (answer: A) => void; reject: (error: Error) => void }[] = [];
  const lost = (error: Error) => {
    for (const asked of waiting.splice(0)) asked.reject(error);
  };
  worker.on('message', (answer: A) => waiting.shift()?.resolve(answer));
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`${what} exited (${code})`)));
  return {
    ask: (message) =>
      new Promise<A>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(message);
      }),
    get waiting() {
      return waiting.length;
    },
  };
}
