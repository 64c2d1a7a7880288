import { KnownEventIds, type StoredId } from '../../src/event-store/kurrentdb/known-event-ids';

/** A stream of `count` events `e0`…, and a reader of it that notes where each read started. */
function streamOf(count: number) {
  const events: StoredId[] = [];
  const reads: (bigint | undefined)[] = [];
  const add = (n: number) => {
    for (let i = 0; i < n; i++)
      events.push({ revision: BigInt(events.length), eventId: `e${events.length}` });
  };
  add(count);
  const readAfter = (_stream: string, after: bigint | undefined) => {
    reads.push(after);
    return Promise.resolve(events.filter((event) => after === undefined || event.revision > after));
  };
  return { add, reads, readAfter, last: () => BigInt(events.length - 1) };
}

describe('The event ids a KurrentDB append checks for duplicates', () => {
  it('reads a stream whole once, then only the events appended since (issue 25, item 11)', async () => {
    const ids = new KnownEventIds();
    const stream = streamOf(1000);
    expect(await ids.atEnd('s', stream.last(), stream.readAfter)).toHaveProperty('size', 1000);
    stream.add(3); // by another process
    const known = await ids.atEnd('s', stream.last(), stream.readAfter);
    expect(known?.has('e1002')).toBe(true);
    expect(known?.has('e0')).toBe(true);
    expect(stream.reads).toEqual([undefined, 999n]);
  });

  it('learns its own appends without reading them back', async () => {
    const ids = new KnownEventIds();
    const stream = streamOf(2);
    await ids.atEnd('s', 1n, stream.readAfter);
    stream.add(1);
    ids.appended('s', 1n, ['e2'], 2n);
    expect((await ids.atEnd('s', 2n, stream.readAfter))?.has('e2')).toBe(true);
    expect(stream.reads).toEqual([undefined, 2n]);
  });

  it('knows a stream it created', async () => {
    const ids = new KnownEventIds();
    const stream = streamOf(2);
    ids.appended('s', 'no-stream', ['e0', 'e1'], 1n);
    expect(await ids.atEnd('s', 1n, stream.readAfter)).toEqual(new Set(['e0', 'e1']));
    expect(stream.reads).toEqual([1n]);
  });

  it('answers null when the stream is not at the expected revision, so the server decides', async () => {
    const ids = new KnownEventIds();
    const stream = streamOf(5);
    expect(await ids.atEnd('s', 2n, stream.readAfter)).toBeNull();
    expect(await ids.atEnd('s', 2n, stream.readAfter)).toBeNull();
    expect(await ids.atEnd('s', 9n, stream.readAfter)).toBeNull();
    expect(stream.reads).toEqual([undefined, 4n]);
  });

  it('ignores an append it cannot place after what it knows; the next check reads the gap', async () => {
    const ids = new KnownEventIds();
    const stream = streamOf(2);
    await ids.atEnd('s', 1n, stream.readAfter);
    stream.add(2);
    ids.appended('s', 2n, ['e3'], 3n);
    expect(await ids.atEnd('s', 3n, stream.readAfter)).toEqual(new Set(['e0', 'e1', 'e2', 'e3']));
    expect(stream.reads).toEqual([undefined, 1n]);
  });

  it('keeps at most maxIds ids, forgetting the least recently used streams', async () => {
    const ids = new KnownEventIds(10);
    const a = streamOf(6);
    const b = streamOf(6);
    await ids.atEnd('a', a.last(), a.readAfter);
    await ids.atEnd('b', b.last(), b.readAfter);
    expect(ids.size).toBe(6);
    await ids.atEnd('a', a.last(), a.readAfter);
    expect(a.reads).toEqual([undefined, undefined]);
  });
});
