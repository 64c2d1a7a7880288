import type { MongoClient } from 'mongodb';
import { SharedMongoClients } from '../../src/mongodb/shared-mongo-clients';

/** Clients that only count their connections and closes. */
function fakeConnections(failFirst = false) {
  const made: { url: string; closed: number }[] = [];
  const connect = (_store: string, url: string) => {
    if (failFirst && made.length === 0) {
      made.push({ url, closed: 0 });
      return Promise.reject(new Error('unreachable'));
    }
    const record = { url, closed: 0 };
    made.push(record);
    return Promise.resolve({ close: () => Promise.resolve(void record.closed++) } as MongoClient);
  };
  return { made, clients: new SharedMongoClients(connect) };
}

describe('MongoDB clients shared by the stores of a process (issue 25, item 10)', () => {
  it('gives the stores on one URL one client, closed when the last of them releases it', async () => {
    const { made, clients } = fakeConnections();
    const [reads, files, keys] = await Promise.all([
      clients.lease('read store', 'mongodb://h/db'),
      clients.lease('GridFS', 'mongodb://h/db'),
      clients.lease('keys', 'mongodb://h/db'),
    ]);
    expect(made).toHaveLength(1);
    expect(files.client).toBe(reads.client);
    expect(keys.client).toBe(reads.client);
    await reads.release();
    await reads.release(); // twice counts once
    await files.release();
    expect(made[0]!.closed).toBe(0);
    await keys.release();
    expect(made[0]!.closed).toBe(1);
  });

  it('connects again after the last release, and keeps URLs apart', async () => {
    const { made, clients } = fakeConnections();
    await (await clients.lease('a', 'mongodb://h/one')).release();
    const again = await clients.lease('a', 'mongodb://h/one');
    const other = await clients.lease('a', 'mongodb://h/two');
    expect(made.map((client) => client.url)).toEqual([
      'mongodb://h/one',
      'mongodb://h/one',
      'mongodb://h/two',
    ]);
    expect(other.client).not.toBe(again.client);
  });

  it('does not keep a failed connection', async () => {
    const { made, clients } = fakeConnections(true);
    await expect(clients.lease('a', 'mongodb://h/db')).rejects.toThrow('unreachable');
    await clients.lease('a', 'mongodb://h/db');
    expect(made).toHaveLength(2);
  });
});
