import type { Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { tenantWide } from '../src/core/access-scope';
import { enrollment, type EnrollmentState } from '../src/write/enrollments/domain/enrollment';
import type { EnrollmentEvent } from '../src/events/enrollment.events';
import { benchDir, removeDir } from './append-workload';
import type { Server } from './http-servers';
import { urlOf } from './http-servers';
import { loadPeer, message, peerVersion } from './peers';

/** The little of Emmett 0.38, its SQLite store and Express 4 the peer uses, typed here. */
interface Emmett {
  CommandHandler<State, E>(options: {
    evolve: (state: State, event: E) => State;
    initialState: () => State;
  }): (
    store: unknown,
    id: string,
    decide: (state: State) => readonly E[],
  ) => Promise<{ nextExpectedStreamVersion: bigint; lastEventGlobalPosition?: bigint }>;
}
interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string }): unknown;
  sqliteConnection(options: { fileName: string }): Connection;
  createEventStoreSchema(connection: Connection): Promise<void>;
  readStream<E>(
    connection: Connection,
    stream: string,
  ): Promise<{ currentStreamVersion: bigint; events: E[]; streamExists: boolean }>;
  appendToStream<E>(
    connection: Connection,
    stream: string,
    streamType: string,
    events: E[],
    options: { expectedStreamVersion: unknown },
  ): Promise<
    { success: true; nextStreamPosition: bigint; lastGlobalPosition: bigint } | { success: false }
  >;
}
interface Connection {
  command(sql: string): Promise<unknown>;
  close(): void;
}
interface Request {
  readonly params: Record<string, string>;
  readonly body: unknown;
}
interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}
interface Express {
  (): {
    use(middleware: unknown): void;
    post(path: string, handler: (request: Request, response: Response) => void): void;
    listen(port: number, host: string, ready: () => void): HttpServer;
  };
  json(): unknown;
}

const PEERS = ['@event-driven-io/emmett', '@event-driven-io/emmett-sqlite', 'express'];

/**
 * The same command as ours, the way Emmett's web API samples run one: Emmett's CommandHandler
 * (read the stream, fold it, decide, append with the read version) on Emmett's SQLite event store
 * as `getSQLiteEventStore({ fileName })` configures it, behind an Express route with its JSON body
 * parser. The decision itself is our enrolment decider, so both sides decide alike; Emmett's
 * Express adapter is not used because no published version installs beside Emmett 0.38 (each
 * pins its own Emmett as a peer). Commands run one at a time (see below). Nothing else: no token
 * check, no training lookup, no read models.
 */
export async function startEmmettPeer(storeKind: 'default' | 'one-connection'): Promise<Server> {
  const [emmett, sqlite, express] = PEERS.map((name) => loadPeer<unknown>(name)) as [
    Emmett,
    EmmettSqlite,
    Express,
  ];
  const dir = benchDir('http-command-emmett');
  const fileName = join(dir, 'events.sqlite');
  const oneConnection =
    storeKind === 'one-connection' ? await oneConnectionStore(sqlite, fileName) : undefined;
  const store = oneConnection ?? sqlite.getSQLiteEventStore({ fileName });
  const handle = emmett.CommandHandler<EnrollmentState, EnrollmentEvent>(enrollment);
  // One command at a time: this store shares one sqlite3 connection between concurrent calls and
  // closes it after each, so concurrent commands fail with SQLITE_MISUSE (fixed in later Emmett
  // with a connection pool, which this registry does not offer).
  let queue: Promise<unknown> = Promise.resolve();
  const app = express();
  app.use(express.json());
  app.post('/api/v1/trainings/:trainingId/learners/:learnerId/progress', (request, response) => {
    const { trainingId = '', learnerId = '' } = request.params;
    const { percent } = (request.body ?? {}) as { percent?: unknown };
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100)
      return response.status(400).json({ title: 'percent must be an integer from 0 to 100' });
    const command = {
      type: 'RecordProgress' as const,
      trainingId,
      learnerId,
      percent,
      training: { groupId: null },
      scope: tenantWide,
      at: new Date(),
    };
    const handled = queue.then(() =>
      handle(store, `enrollment-bench:${trainingId}:${learnerId}`, (state) =>
        enrollment.decide(command, state),
      ),
    );
    queue = handled.catch(() => undefined);
    handled.then(
      (result) =>
        response.status(200).json({ position: String(result.lastEventGlobalPosition ?? '') }),
      (error: unknown) => response.status(500).json({ title: message(error) }),
    );
  });
  const server = await new Promise<HttpServer>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: urlOf(server.address()),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      // Commands still queued when the load stopped finish before the file goes.
      await queue;
      oneConnection?.close();
      // sqlite3 closes in the background: give it a moment before the files go.
      await new Promise((resolve) => setTimeout(resolve, 100));
      removeDir(dir);
    },
  };
}

/** The peers' versions, loading (on first use installing) them: throws when they cannot load. */
export function emmettPeerVersions(): string {
  for (const name of PEERS) loadPeer<unknown>(name);
  return [...PEERS, 'sqlite3']
    .map((name) => `${name.replace('@event-driven-io/', '')} ${peerVersion(name)}`)
    .join(', ');
}

/**
 * Emmett at its best, as the append-peer baseline runs it: its own stream read and append
 * (emmett-sqlite's readStream and appendToStream) on one sqlite3 connection kept open, with our
 * settings (WAL, synchronous=NORMAL), instead of a connection opened and closed per call.
 */
async function oneConnectionStore(sqlite: EmmettSqlite, fileName: string) {
  const connection = sqlite.sqliteConnection({ fileName });
  await connection.command('PRAGMA journal_mode = WAL');
  await connection.command('PRAGMA synchronous = NORMAL');
  await sqlite.createEventStoreSchema(connection);
  return {
    async aggregateStream<S, E>(
      stream: string,
      { evolve, initialState }: { evolve: (state: S, event: E) => S; initialState: () => S },
    ) {
      const read = await sqlite.readStream<E>(connection, stream);
      return { ...read, state: read.events.reduce(evolve, initialState()) };
    },
    async appendToStream<E>(
      stream: string,
      events: E[],
      options: { expectedStreamVersion: unknown },
    ) {
      const result = await sqlite.appendToStream(connection, stream, 'enrollment', events, options);
      if (!result.success) throw new Error(`Emmett refused the append to ${stream}`);
      return {
        nextExpectedStreamVersion: result.nextStreamPosition,
        lastEventGlobalPosition: result.lastGlobalPosition,
        createdNewStream: result.nextStreamPosition === BigInt(events.length),
      };
    },
    close: () => connection.close(),
  };
}
