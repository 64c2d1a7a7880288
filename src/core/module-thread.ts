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

/** Where an `OnDemandThread` runs and how its failures and refusals are worded. */
export interface OnDemandThreadSpec {
  /** The owner's module (its `__filename`): the thread's module sits beside it. */
  readonly callerFile: string;
  /** The thread's module, as `moduleThread` takes it. */
  readonly name: string;
  readonly workerData: unknown;
  /** The thread, as an error names it when it exits with asks out. */
  readonly what: string;
  /** Why an ask made after `close` is refused. */
  readonly closedMessage: string;
}

/**
 * An asked thread (`askedThread`) started with the first ask. It holds the process open only
 * while an ask is out, so an idle owner keeps no process alive; a thread that dies fails the asks
 * it held, and the next ask starts another; `close` lets the asks sent be answered, then stops it.
 */
export class OnDemandThread<A> {
  private thread: { readonly worker: Worker; readonly asked: AskedThread<A> } | undefined;
  /** Settles with the last ask, which is answered last. */
  private last: Promise<unknown> = Promise.resolve();
  private closed: Promise<void> | undefined;

  constructor(private readonly spec: OnDemandThreadSpec) {}

  ask(message: unknown): Promise<A> {
    if (this.closed) return Promise.reject(new Error(this.spec.closedMessage));
    const { worker, asked } = (this.thread ??= this.started());
    worker.ref();
    const answered = asked.ask(message);
    const idle = () => {
      if (asked.waiting === 0) worker.unref();
    };
    answered.then(idle, idle);
    this.last = answered.catch(() => undefined);
    return answered;
  }

  /** Lets the asks sent be answered, then stops the thread; once, however often called. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }

  private async stop(): Promise<void> {
    await this.last;
    const thread = this.thread;
    if (!thread) return;
    this.thread = undefined;
    await closeThread(thread.worker);
  }

  private started(): { worker: Worker; asked: AskedThread<A> } {
    const { callerFile, name, workerData, what } = this.spec;
    const worker = moduleThread(callerFile, name, workerData);
    const asked = askedThread<A>(worker, what);
    worker.on('exit', () => {
      if (this.thread?.worker === worker) this.thread = undefined;
    });
    return { worker, asked };
  }
}
