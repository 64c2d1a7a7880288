import { randomBytes } from 'node:crypto';
import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../../src/event-store/event-store-unavailable-error';
import { KurrentDbEventStore } from '../../src/event-store/kurrentdb/kurrentdb-event-store';
import { sampleEvent, uniqueStream } from '../support/sample-events';

/** The client a store talks through, to watch its calls. */
const clientOf = (store: KurrentDbEventStore): KurrentDBClient =>
  (store as unknown as { client: KurrentDBClient }).client;

const commitOf = (options: unknown): bigint | undefined =>
  (options as { fromPosition?: { commit?: bigint } }).fromPosition?.commit;

/**
 * What the KurrentDB adapter must do beyond the port's contract, on a real server (issue 25,
 * item 11): appends that do not re-read their stream, filtered $all paging that passes the
 * foreign events once, a stream's audit from the stream, a deleted stream as the port's error.
 */
export function kurrentDbAdapterCases(url: () => string): void {
  let store: KurrentDbEventStore;
  let other: KurrentDbEventStore;
  beforeAll(async () => {
    store = await KurrentDbEventStore.connect(url(), 20, `own-${randomBytes(6).toString('hex')}`);
    other = await KurrentDbEventStore.connect(url(), 20, `other-${randomBytes(6).toString('hex')}`);
  });
  afterAll(async () => {
    await store.close();
    await other.close();
  });

  it('appends at the end of a long stream without reading the stream again', async () => {
    const stream = uniqueStream('statusList');
    let revision = (await store.append(stream, [sampleEvent()], 'no-stream')).revision;
    const readStream = jest.spyOn(clientOf(store), 'readStream');
    for (let i = 0; i < 30; i++)
      revision = (await store.append(stream, [sampleEvent()], revision)).revision;
    // Each duplicate check reads at most the events after the ones this process knows.
    const wholeReads = readStream.mock.calls.filter(
      ([, options]) => options?.fromRevision === undefined,
    );
    expect(wholeReads).toEqual([]);
    readStream.mockRestore();
  });

  it('still refuses an id appended long before, after appends from another process', async () => {
    const stream = uniqueStream();
    const first = sampleEvent();
    await store.append(stream, [first], 'no-stream');
    const elsewhere = await KurrentDbEventStore.connect(url(), 20, prefixOf(store));
    try {
      await elsewhere.append(stream, [sampleEvent()], 0n);
      await elsewhere.append(stream, [sampleEvent()], 1n);
    } finally {
      await elsewhere.close();
    }
    await expect(store.append(stream, [first], 2n)).rejects.toMatchObject({
      name: 'DuplicateEventIdError',
    });
  });

  it('passes the foreign events of a shared server once when idle', async () => {
    const own = await store.append(uniqueStream(), [sampleEvent()], 'no-stream');
    for (let i = 0; i < 20; i++) await other.append(uniqueStream(), [sampleEvent()], 'no-stream');
    expect(await store.readAll({ after: own.position, limit: 10 })).toEqual([]);
    const readAll = jest.spyOn(clientOf(store), 'readAll');
    expect(await store.readAll({ after: own.position, limit: 10 })).toEqual([]);
    expect(await store.headPosition()).toBe(own.position);
    // The filtered reads start after the foreign events, not after the last own one.
    const filtered = readAll.mock.calls.filter(([options]) => options?.filter !== undefined);
    expect(filtered.length).toBeGreaterThan(0);
    for (const [options] of filtered) expect(commitOf(options)).toBeGreaterThan(own.position);
    readAll.mockRestore();
    const next = await store.append(uniqueStream(), [sampleEvent()], 'no-stream');
    expect(
      (await store.readAll({ after: own.position, limit: 10 })).map((e) => e.position),
    ).toEqual([next.position]);
  });

  it("reads one stream's audit from the stream, not from $all", async () => {
    const stream = uniqueStream();
    await store.append(stream, [sampleEvent(), sampleEvent()], 'no-stream');
    const readAll = jest.spyOn(clientOf(store), 'readAll');
    const page = await store.readTenantLog({ tenant: 'acme', stream, limit: 1 });
    const next = await store.readTenantLog({
      tenant: 'acme',
      stream,
      limit: 5,
      after: page[0]!.position,
    });
    expect([...page, ...next].map((event) => event.revision)).toEqual([0n, 1n]);
    expect(readAll).not.toHaveBeenCalled();
    readAll.mockRestore();
  });

  it('answers a deleted stream with the port error the HTTP layer maps to 503', async () => {
    const stream = uniqueStream();
    await store.append(stream, [sampleEvent()], 'no-stream');
    await clientOf(store).tombstoneStream(`${prefixOf(store)}/${stream}`);
    await expect(store.readStream(stream)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.append(stream, [sampleEvent()], 0n)).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
  });
}

const prefixOf = (store: KurrentDbEventStore): string =>
  (store as unknown as { prefix: string }).prefix.slice(0, -1);
