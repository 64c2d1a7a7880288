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
  return new Worker(join(dirname(callerFile), `${name}${extension}`), {
    workerData,
    ...(extension === '.ts' && {
      execArgv: [...process.execArgv, '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'],
    }),
  });
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
