import {
  type AppendResult,
  type EventStore,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../../src/event-store/event-store';
import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError } from '../../src/event-store/duplicate-event-id-error';
import { sampleEvent, uniqueStream } from '../support/sample-events';

/**
 * The behaviour every event store adapter must show. Facts that differ between stores are
 * stated here, not hidden: revisions start at 0 in every adapter; positions are opaque
 * increasing bigints (SQLite row ids, KurrentDB commit positions) and `after` is exclusive.
 * `open` may be called more than once: each call is another connection to the same log.
 */
export function eventStoreContract(open: () => Promise<EventStore>): void {
  let store: EventStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  describe('append with an expected revision', () => {
    it('creates a stream with no-stream, numbering revisions from 0', async () => {
      const stream = uniqueStream();
      const result = await store.append(stream, [sampleEvent(), sampleEvent()], 'no-stream');
      expect(result.revision).toBe(1n);
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0n, 1n]);
      expect(events[1]?.position).toBe(result.position);
    });

    it('appends at the exact revision that was read', async () => {
      const stream = uniqueStream();
      await store.append(stream, [sampleEvent()], 'no-stream');
      const result = await store.append(stream, [sampleEvent()], 0n);
      expect(result.revision).toBe(1n);
    });

    it('refuses no-stream when the stream exists', async () => {
      const stream = uniqueStream();
      await store.append(stream, [sampleEvent()], 'no-stream');
      await expect(store.append(stream, [sampleEvent()], 'no-stream')).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
    });

    it('refuses a stale revision and writes nothing', async () => {
      const stream = uniqueStream();
      await store.append(stream, [sampleEvent(), sampleEvent()], 'no-stream');
      await expect(store.append(stream, [sampleEvent()], 0n)).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('refuses an exact revision on a stream that does not exist', async () => {
      await expect(store.append(uniqueStream(), [sampleEvent()], 0n)).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
    });

    it('lets exactly one of many concurrent appends at one revision win', async () => {
      const stream = uniqueStream();
      await store.append(stream, [sampleEvent()], 'no-stream');
      const attempts = await Promise.allSettled(
        Array.from({ length: 10 }, () => store.append(stream, [sampleEvent()], 0n)),
      );
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('lets concurrent appends to different streams all succeed, refusing a conflicting one among them alone', async () => {
      const existing = uniqueStream();
      await store.append(existing, [sampleEvent()], 'no-stream');
      const streams = Array.from({ length: 20 }, () => uniqueStream());
      const stale = sampleEvent();
      const calls = streams.map(
        (stream) => () => store.append(stream, [sampleEvent(), sampleEvent()], 'no-stream'),
      );
      calls.splice(10, 0, () => store.append(existing, [stale], 'no-stream'));
      const others = await Promise.allSettled(calls.map((call) => call()));
      const [conflict] = others.splice(10, 1);
      expect(conflict).toMatchObject({
        status: 'rejected',
        reason: expect.any(WrongExpectedRevisionError),
      });
      expect(others.map((o) => o.status)).toEqual(streams.map(() => 'fulfilled'));
      expect((await store.readStream(existing)).map((e) => e.eventId)).not.toContain(stale.eventId);
      for (const [i, stream] of streams.entries()) {
        const events = await store.readStream(stream);
        expect(events.map((e) => e.revision)).toEqual([0n, 1n]);
        const result = others[i] as PromiseFulfilledResult<AppendResult>;
        expect(result.value).toEqual({ revision: 1n, position: events[1]?.position });
      }
    });
  });

  describe('idempotent re-append', () => {
    it('returns the first result for the same event ids at the same place, writing nothing', async () => {
      const stream = uniqueStream();
      const events = [sampleEvent(), sampleEvent()];
      const first = await store.append(stream, events, 'no-stream');
      const again = await store.append(stream, events, 'no-stream');
      expect(again).toEqual(first);
      expect(await store.readStream(stream)).toHaveLength(2);
    });
  });

  describe('identical appends racing each other', () => {
    it('answer the same and store the events once, on one connection', async () => {
      const stream = uniqueStream();
      const events = [sampleEvent(), sampleEvent()];
      const [first, second] = await Promise.all([
        store.append(stream, events, 'no-stream'),
        store.append(stream, events, 'no-stream'),
      ]);
      expect(second).toEqual(first);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    // On KurrentDB the loser meets IdempotentNotReady and learns its outcome only by a timeout.
    it('answer the same and store the events once, on two connections', async () => {
      const other = await open();
      try {
        const stream = uniqueStream();
        await store.append(stream, [sampleEvent()], 'no-stream');
        const events = [sampleEvent(), sampleEvent()];
        const [first, second] = await Promise.all([
          store.append(stream, events, 0n),
          other.append(stream, events, 0n),
        ]);
        expect(second).toEqual(first);
        expect((await store.readStream(stream)).map((e) => e.eventId)).toHaveLength(3);
      } finally {
        await other.close();
      }
    }, 60_000);
  });

  describe('duplicate event ids', () => {
    it('refuses an id the stream already holds, appended exactly at its end', async () => {
      const stream = uniqueStream();
      const event = sampleEvent();
      await store.append(stream, [event], 'no-stream');
      await expect(store.append(stream, [event], 0n)).rejects.toBeInstanceOf(DuplicateEventIdError);
      await expect(store.append(stream, [sampleEvent(), event], 0n)).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('refuses a batch that repeats an id, writing nothing', async () => {
      const stream = uniqueStream();
      const event = sampleEvent();
      await expect(store.append(stream, [event, event], 'no-stream')).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
      expect(await store.readStream(stream)).toEqual([]);
    });

    it('answers a stale retry carrying a stored id as a conflict, not a write', async () => {
      const stream = uniqueStream();
      const event = sampleEvent();
      await store.append(stream, [sampleEvent()], 'no-stream');
      await store.append(stream, [event], 0n);
      await store.append(stream, [sampleEvent()], 1n);
      await expect(store.append(stream, [event, sampleEvent()], 0n)).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      expect(await store.readStream(stream)).toHaveLength(3);
    });
  });

  describe('reading', () => {
    it('reads a stream that does not exist as empty', async () => {
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads a stream after a revision: only the newer events, none at its end', async () => {
      const stream = uniqueStream();
      const appended = [sampleEvent(), sampleEvent(), sampleEvent()];
      await store.append(stream, appended, 'no-stream');
      const after0 = await store.readStream(stream, { after: 0n });
      expect(after0.map((e) => [e.revision, e.eventId])).toEqual([
        [1n, appended[1]!.eventId],
        [2n, appended[2]!.eventId],
      ]);
      expect(await store.readStream(stream, { after: 2n })).toEqual([]);
      expect(await store.readStream(uniqueStream(), { after: 0n })).toEqual([]);
    });

    it('round-trips type, data, metadata and ids', async () => {
      const stream = uniqueStream();
      const event = sampleEvent('LearnerProfileRecorded', {
        learnerId: 'l1',
        name: 'Zoë Ångström — 王小明',
        email: 'zoe@example.com',
      });
      await store.append(stream, [event], 'no-stream');
      const [read] = await store.readStream(stream);
      expect(read).toMatchObject({
        eventId: event.eventId,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        stream,
      });
    });

    it('reads the whole log forward after an exclusive position, in order, in pages', async () => {
      const before = (await store.headPosition()) ?? undefined;
      const streams = [uniqueStream(), uniqueStream()];
      const appended: string[] = [];
      for (let i = 0; i < 6; i++) {
        const event = sampleEvent();
        appended.push(event.eventId);
        const stream = streams[i % 2] as string;
        const current = await store.readStream(stream);
        await store.append(
          stream,
          [event],
          current.length === 0 ? 'no-stream' : BigInt(current.length - 1),
        );
      }
      const firstPage = await store.readAll({ after: before, limit: 4 });
      const secondPage = await store.readAll({ after: firstPage.at(-1)?.position, limit: 100 });
      const ours = [...firstPage, ...secondPage].filter((e) => appended.includes(e.eventId));
      expect(ours.map((e) => e.eventId)).toEqual(appended);
      const positions = [...firstPage, ...secondPage].map((e) => e.position);
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      expect(firstPage.every((e) => before === undefined || e.position > before)).toBe(true);
    });

    it('reports the head position as that of the newest event', async () => {
      const result = await store.append(uniqueStream(), [sampleEvent()], 'no-stream');
      expect(await store.headPosition()).toBe(result.position);
    });
  });

  describe('events of one type across the log', () => {
    it('reads every event of the type, of every tenant, oldest first, paged by position', async () => {
      const type = `Erased${randomUUID().replaceAll('-', '')}`;
      const ofTenant = (tenant: string) => {
        const event = sampleEvent(type, { learnerId: randomUUID() });
        return { ...event, metadata: { ...event.metadata, tenant } };
      };
      const first = await store.append(uniqueStream(), [ofTenant('zeta')], 'no-stream');
      await store.append(uniqueStream(), [sampleEvent()], 'no-stream');
      const second = await store.append(uniqueStream(), [ofTenant('acme')], 'no-stream');
      const third = await store.append(uniqueStream(), [ofTenant('beta')], 'no-stream');

      const all = await store.readAllOfType(type, { limit: 10 });
      expect(all.map((e) => e.position)).toEqual([first, second, third].map((r) => r.position));
      expect(all.map((e) => e.metadata.tenant)).toEqual(['zeta', 'acme', 'beta']);
      const page = await store.readAllOfType(type, { after: first.position, limit: 1 });
      expect(page.map((e) => e.position)).toEqual([second.position]);
    });
  });

  describe("a tenant's log", () => {
    const ofTenant = (tenant: string, type?: string) => {
      const event = sampleEvent(type);
      return { ...event, metadata: { ...event.metadata, tenant } };
    };
    const marker = () => ofTenant('_platform', 'DailyCutoffPassed');
    const appendTo = async (stream: string, event: ReturnType<typeof sampleEvent>) => {
      const current = await store.readStream(stream);
      const expected = current.length === 0 ? 'no-stream' : current.at(-1)!.revision;
      await store.append(stream, [event], expected);
      return event.eventId;
    };

    it("reads a tenant's events and the platform's markers, by stream and type, in pages", async () => {
      const before = (await store.headPosition()) ?? undefined;
      const [a, b] = [`a${randomUUID().slice(0, 8)}`, `b${randomUUID().slice(0, 8)}`];
      const [first, second] = [`enrollment-${a}:x`, `learner-${a}:y`];
      const ids = {
        first: await appendTo(first, ofTenant(a)),
        other: await appendTo(`enrollment-${b}:x`, ofTenant(b)),
        marker: await appendTo('cutoffs-_platform', marker()),
        second: await appendTo(second, ofTenant(a, 'LearnerProfileRecorded')),
        third: await appendTo(first, ofTenant(a)),
      };
      const read = async (options: { stream?: string; type?: string; limit?: number } = {}) =>
        (await store.readTenantLog({ tenant: a, after: before, limit: 100, ...options })).map(
          (e) => e.eventId,
        );

      expect(await read()).toEqual([ids.first, ids.marker, ids.second, ids.third]);
      expect(await read({ stream: first })).toEqual([ids.first, ids.third]);
      expect(await read({ type: 'LearnerProfileRecorded' })).toEqual([ids.second]);
      expect(await read({ type: 'DailyCutoffPassed' })).toEqual([ids.marker]);
      expect(await read({ stream: `enrollment-${b}:x` })).toEqual([]);

      const page = await store.readTenantLog({ tenant: a, after: before, limit: 2 });
      expect(page.map((e) => e.eventId)).toEqual([ids.first, ids.marker]);
      const rest = await store.readTenantLog({ tenant: a, after: page[1]!.position, limit: 2 });
      expect(rest.map((e) => e.eventId)).toEqual([ids.second, ids.third]);
      expect(rest[1]).toMatchObject({
        stream: first,
        revision: 1n,
        type: 'LearningProgressRecorded',
      });

      const other = await store.readTenantLog({ tenant: b, after: before, limit: 100 });
      expect(other.map((e) => e.eventId)).toEqual([ids.other, ids.marker]);
    });
  });

  describe('subscribing to the whole log', () => {
    it('catches up from a position, then delivers live appends in order', async () => {
      const stream = uniqueStream();
      const first = await store.append(stream, [sampleEvent()], 'no-stream');
      const startAfter = first.position;
      const caughtUp = [sampleEvent(), sampleEvent()];
      await store.append(stream, caughtUp, 0n);

      const controller = new AbortController();
      const seen: RecordedEvent[] = [];
      const live = [sampleEvent()];
      const expected = [...caughtUp, ...live].map((e) => e.eventId);
      const consumed = (async () => {
        for await (const event of store.subscribeAll({
          after: startAfter,
          signal: controller.signal,
        })) {
          if (event.stream === stream) seen.push(event);
          if (seen.length === expected.length) controller.abort();
        }
      })();
      await waitUntil(() => seen.length >= 2);
      await store.append(stream, live, 2n);
      await consumed;
      expect(seen.map((e) => e.eventId)).toEqual(expected);
    });

    it('delivers the same events a page at a time', async () => {
      const stream = uniqueStream();
      const first = await store.append(stream, [sampleEvent()], 'no-stream');
      const more = [sampleEvent(), sampleEvent(), sampleEvent()];
      await store.append(stream, more, 0n);
      const controller = new AbortController();
      const seen: string[] = [];
      for await (const page of store.subscribeAllPages({
        after: first.position,
        signal: controller.signal,
      })) {
        expect(page.length).toBeGreaterThan(0);
        seen.push(...page.filter((e) => e.stream === stream).map((e) => e.eventId));
        if (seen.length >= more.length) controller.abort();
      }
      expect(seen).toEqual(more.map((e) => e.eventId));
    });

    it('ends when its signal aborts while waiting for appends', async () => {
      const controller = new AbortController();
      const head = (await store.headPosition()) ?? undefined;
      const consumed = (async () => {
        let count = 0;
        for await (const _event of store.subscribeAll({ after: head, signal: controller.signal }))
          count++;
        return count;
      })();
      setTimeout(() => controller.abort(), 50);
      await expect(consumed).resolves.toBeGreaterThanOrEqual(0);
    });
  });
}

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
