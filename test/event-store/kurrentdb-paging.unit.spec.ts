import { sampleEvent } from '../support/sample-events';
import { FakeKurrentDb } from './support/fake-kurrentdb';

/**
 * How the KurrentDB adapter pages $all and its streams, on an in-memory stand-in for the
 * client's reads (issue 25, item 11). The same behaviour on a real server:
 * kurrentdb-adapter.cases.ts, run by the KurrentDB contract suite.
 */
describe('The KurrentDB adapter on a shared server', () => {
  it('passes the foreign events once when its log is idle, then only what came since', async () => {
    const server = new FakeKurrentDb();
    const own = server.add('own/enrollment-acme:1');
    server.add('other/enrollment-acme:2', 1000);
    const store = server.store('own');
    expect(await store.readAll({ after: own, limit: 100 })).toEqual([]);
    server.examined = 0;
    for (let poll = 0; poll < 5; poll++)
      expect(await store.readAll({ after: own, limit: 100 })).toEqual([]);
    // A read starts at the last event passed, inclusively (as KurrentDB reads from a position).
    expect(server.examined).toBe(5);
    server.examined = 0;
    server.add('other/enrollment-acme:2', 10);
    const next = server.add('own/enrollment-acme:1');
    const page = await store.readAll({ after: own, limit: 100 });
    expect(page.map((event) => event.position)).toEqual([next]);
    expect(server.examined).toBe(12);
    await store.close();
  });

  it('finds the head of its log once by the backwards search, then forwards from it', async () => {
    const server = new FakeKurrentDb();
    server.add('own/enrollment-acme:1', 3);
    const head = server.add('own/enrollment-acme:1');
    server.add('other/enrollment-acme:2', 1000);
    const store = server.store('own');
    expect(await store.headPosition()).toBe(head);
    server.examined = 0;
    expect(await store.headPosition()).toBe(head);
    expect(server.examined).toBe(1);
    server.examined = 0;
    server.add('other/enrollment-acme:2', 5);
    const newer = server.add('own/enrollment-acme:9');
    expect(await store.headPosition()).toBe(newer);
    expect(server.examined).toBe(7);
    await store.close();
  });

  it('has no head while its log is empty, and finds its first event', async () => {
    const server = new FakeKurrentDb();
    server.add('other/enrollment-acme:2', 50);
    const store = server.store('own');
    expect(await store.headPosition()).toBeNull();
    const first = server.add('own/enrollment-acme:1');
    expect(await store.headPosition()).toBe(first);
    await store.close();
  });

  it("reads one stream's audit from the stream, a page of revisions at a time", async () => {
    const server = new FakeKurrentDb();
    server.add('own/enrollment-acme:1', 1200);
    server.add('other/enrollment-acme:1', 100);
    const store = server.store('own');
    server.examined = 0;
    const stream = 'enrollment-acme:1';
    const first = await store.readTenantLog({ tenant: 'acme', stream, limit: 2 });
    const later = await store.readTenantLog({
      tenant: 'acme',
      stream,
      limit: 600,
      after: first[1]!.position,
    });
    expect(first.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(later.map((event) => event.revision)).toEqual(
      Array.from({ length: 600 }, (_, i) => BigInt(i + 2)),
    );
    expect(server.examined).toBe(0);
    await store.close();
  });

  it('checks a long stream for duplicate ids without reading it whole at every append', async () => {
    const server = new FakeKurrentDb();
    server.add('own/statusList-acme', 999);
    const store = server.store('own');
    let revision = 998n;
    for (let i = 0; i < 10; i++)
      revision = (await store.append('statusList-acme', [sampleEvent()], revision)).revision;
    const whole = server.streamReads.filter((read) => read.fromRevision === 0n);
    expect(whole).toHaveLength(1);
    await store.close();
  });
});
