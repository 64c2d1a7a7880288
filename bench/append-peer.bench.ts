import { join } from 'node:path';
import {
  type Appender,
  appendsPerSecond,
  benchDir,
  enrolments,
  ourStore,
  removeDir,
  round,
  type SingleAppend,
} from './append-workload';
import type { Benchmark } from './benchmark';
import { loadPeer, message, peerVersion, quietly } from './peers';

/**
 * The little of @event-driven-io/emmett-sqlite (0.38) this benchmark uses, typed here: it is
 * installed in bench/peers on first use, not with the project.
 */
interface EmmettEvent {
  readonly type: string;
  readonly data: object;
  readonly metadata?: Record<string, unknown>;
}
interface EmmettConnection {
  command(sql: string, params?: unknown[]): Promise<unknown>;
  close(): void;
}
interface EmmettEventStore {
  appendToStream(
    stream: string,
    events: EmmettEvent[],
    options?: { expectedStreamVersion?: bigint | string },
  ): Promise<unknown>;
}
interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string }): EmmettEventStore;
  sqliteConnection(options: { fileName: string }): EmmettConnection;
  createEventStoreSchema(connection: EmmettConnection): Promise<void>;
  appendToStream(
    connection: EmmettConnection,
    stream: string,
    streamType: string,
    events: EmmettEvent[],
    options?: { expectedStreamVersion?: bigint | string },
  ): Promise<{ success: boolean }>;
}

const EMMETT = '@event-driven-io/emmett-sqlite';
const NO_STREAM = 'STREAM_DOES_NOT_EXIST';

/**
 * The same single-event appends as `append`, against Emmett's SQLite event store. The baseline
 * is Emmett at its best: its append (stream row + message row in one BEGIN IMMEDIATE
 * transaction, expected version "stream does not exist") on one sqlite3 connection kept open,
 * with our settings (WAL, synchronous=NORMAL). Emmett's public store as configured by default
 * (getSQLiteEventStore({ fileName }): a connection opened and closed per call) is tried too and
 * reported in the notes.
 */
export const appendPeerBenchmark: Benchmark = {
  name: 'append-peer',
  async run({ quick }) {
    const count = quick ? 5_000 : 50_000;
    const appends = enrolments(count);
    const row = { name: 'append-peer', unit: 'appends/s', target: 'ratio >= 1.0' };
    let emmett: EmmettSqlite;
    try {
      emmett = loadPeer<EmmettSqlite>(EMMETT);
    } catch (error) {
      process.stderr.write(`append-peer skipped: ${message(error)}\n`);
      return [];
    }
    let ours: number;
    let best: number;
    try {
      [ours, best] = (await appendsPerSecond(appends, [ourStore(), await emmettStore(emmett)])) as [
        number,
        number,
      ];
    } catch (error) {
      [ours] = (await appendsPerSecond(appends, [ourStore()])) as [number];
      return [
        {
          ...row,
          value: round(ours),
          baseline: 0,
          ratio: 0,
          met: false,
          notes: `${EMMETT} fails here: ${message(error)}`,
        },
      ];
    }
    const byDefault = await emmettDefaultStore(emmett, appends.slice(0, Math.min(count, 5_000)));
    const ratio = ours / best;
    return [
      {
        ...row,
        value: round(ours),
        baseline: round(best),
        ratio: round(ratio),
        met: ratio >= 1,
        notes: `${count.toLocaleString('en')} single-event appends to new streams; baseline: Emmett ${peerVersion(EMMETT)} appendToStream on one open sqlite3 ${peerVersion('sqlite3')} connection, WAL + synchronous=NORMAL; Emmett's default getSQLiteEventStore({ fileName }) (a connection per call): ${byDefault}`,
      },
    ];
  },
};

const toEmmett = ({ event }: SingleAppend): EmmettEvent => ({
  type: event.type,
  data: event.data,
  metadata: { ...event.metadata, eventId: event.eventId },
});

async function emmettStore(emmett: EmmettSqlite): Promise<Appender> {
  const dir = benchDir('append-emmett');
  const connection = emmett.sqliteConnection({ fileName: join(dir, 'events.sqlite') });
  await connection.command('PRAGMA journal_mode = WAL');
  await connection.command('PRAGMA synchronous = NORMAL');
  await emmett.createEventStoreSchema(connection);
  return {
    async appendAll(appends) {
      for (const append of appends) {
        const result = await emmett.appendToStream(
          connection,
          append.stream,
          'enrollment',
          [toEmmett(append)],
          { expectedStreamVersion: NO_STREAM },
        );
        if (!result.success) throw new Error(`Emmett refused the append to ${append.stream}`);
      }
    },
    async close() {
      connection.close();
      // sqlite3 closes in the background: give it a moment before the files go.
      await new Promise((resolve) => setTimeout(resolve, 100));
      removeDir(dir);
    },
  };
}

/** Emmett's public store as configured by default; if it fails, that is what it reports. */
async function emmettDefaultStore(emmett: EmmettSqlite, appends: readonly SingleAppend[]) {
  const dir = benchDir('append-emmett-default');
  const store = emmett.getSQLiteEventStore({ fileName: join(dir, 'events.sqlite') });
  const started = process.hrtime.bigint();
  let done = 0;
  try {
    await quietly(async () => {
      for (const append of appends) {
        await store.appendToStream(append.stream, [toEmmett(append)], {
          expectedStreamVersion: NO_STREAM,
        });
        done++;
      }
    });
  } catch (error) {
    return `fails after ${done} appends: ${message(error)}`;
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 100));
    removeDir(dir);
  }
  const perSecond = done / (Number(process.hrtime.bigint() - started) / 1e9);
  return `${round(perSecond)} appends/s over ${done.toLocaleString('en')}`;
}
