import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../../src/core/command-context';
import { deterministicId } from '../../src/core/deterministic-id';
import { ConcurrencyConflict, DomainError } from '../../src/core/domain-error';
import { streams } from '../../src/core/stream-names';
import { DuplicateEventIdError } from '../../src/event-store/duplicate-event-id-error';
import { type EventStore, WrongExpectedRevisionError } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { WriteModel } from '../../src/write/command-handling/write-model';
import { writeStack } from '../support/write-stack';
import { certificatesFeature } from '../../src/write/features/domain/certificates-feature';
import { streamReadsNoted } from '../support/stream-reads-noted';

const now = new Date('2026-03-02T10:00:00.000Z');
const stream = streams.certificatesFeature('acme');
const context: CommandContext = {
  commandId: 'command-1',
  tenant: 'acme',
  actor: { id: 'op-1', roles: ['operator'] },
  correlationId: 'correlation-1',
  causationId: 'request-1',
};
const turn = (enabled: boolean) => () =>
  ({ type: 'SetCertificatesFeature', tenantId: 'acme', enabled }) as const;

/** Another writer's event, appended straight to the log. */
const competing = (
  id: string,
  type: 'CertificatesFeatureEnabled' | 'CertificatesFeatureDisabled',
) => ({
  type,
  data: { tenantId: 'acme' },
  eventId: deterministicId(id),
  metadata: {
    ...{ tenant: 'acme', actor: context.actor, occurredAt: now.toISOString(), command: 'Other' },
    ...{ commandId: id, correlationId: id, causationId: id, eventVersion: 1 },
  },
});

// Each test gets a log of its own, in a real SQLite event store.
let store: EventStore;
let write: WriteModel;
beforeEach(() => {
  store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'write-model-')), 'e.sqlite'), 10);
  write = writeStack(store, { now: () => now }).write;
});
afterEach(() => store.close());

describe('The write model: read, decide, append with the revision that was read', () => {
  const appendCompeting = async (id: string, enabled: boolean) => {
    const head = (await store.readStream(stream)).at(-1)?.revision ?? 'no-stream';
    const type = enabled ? 'CertificatesFeatureEnabled' : 'CertificatesFeatureDisabled';
    await store.append(stream, [competing(id, type)], head);
  };

  it('records who, when, which command and which request with every event', async () => {
    const outcome = await write.execute(stream, certificatesFeature, context, turn(true));

    const [event] = await store.readStream(stream);
    expect(event).toMatchObject({
      type: 'CertificatesFeatureEnabled',
      eventId: deterministicId('command-1/0'),
      metadata: {
        tenant: 'acme',
        actor: { id: 'op-1', roles: ['operator'] },
        occurredAt: now.toISOString(),
        command: 'SetCertificatesFeature',
        commandId: 'command-1',
        correlationId: 'correlation-1',
        causationId: 'request-1',
        eventVersion: 1,
      },
    });
    expect(event!.metadata).not.toHaveProperty('idempotencyKey');
    expect(event!.metadata).not.toHaveProperty('requestHash');
    expect(outcome).toEqual({
      state: { enabled: true },
      events: [{ type: 'CertificatesFeatureEnabled', data: { tenantId: 'acme' } }],
      position: event!.position,
    });
  });

  it('appends nothing when there is nothing to decide, and answers the stream as it is', async () => {
    const empty = await write.execute(stream, certificatesFeature, context, turn(false));
    expect(empty).toEqual({ state: { enabled: false }, events: [], position: 0n });

    await write.execute(stream, certificatesFeature, context, turn(true));
    const [enabled] = await store.readStream(stream);
    const again = { ...context, commandId: 'command-2' };
    const unchanged = await write.execute(stream, certificatesFeature, again, turn(true));
    expect(unchanged).toEqual({
      state: { enabled: true },
      events: [],
      position: enabled!.position,
    });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('re-reads and decides again when another writer appended meanwhile', async () => {
    let built = 0;
    const outcome = await write.execute(stream, certificatesFeature, context, async () => {
      if (++built === 1) await appendCompeting('other-1', true);
      return turn(true)();
    });

    // The other writer already enabled the feature: deciding again finds nothing left to do.
    expect(built).toBe(2);
    expect(outcome.events).toEqual([]);
    expect((await store.readStream(stream)).map((e) => e.metadata.commandId)).toEqual(['other-1']);
  });

  it('gives up with a conflict (409, not 412) after a bounded number of attempts', async () => {
    let built = 0;
    const losing = write.execute(stream, certificatesFeature, context, async () => {
      await appendCompeting(`other-${++built}`, false);
      return turn(true)();
    });

    await expect(losing).rejects.toThrow(ConcurrencyConflict);
    await expect(losing).rejects.toHaveProperty('preconditionFailed', false);
    await expect(losing).rejects.toThrow(`${stream} changed while deciding`);
    expect(built).toBe(8);
    const log = await store.readStream(stream);
    expect(log.every((e) => e.type === 'CertificatesFeatureDisabled')).toBe(true);
  });

  it('passes on a failed append that is no conflict, without retrying it', async () => {
    await appendCompeting('other-1', false);
    const [held] = await store.readStream(stream);
    let built = 0;
    const duplicate = write.execute(
      stream,
      certificatesFeature,
      context,
      () => (built++, turn(true)()),
      () => held!.eventId,
    );
    await expect(duplicate).rejects.toThrow(DuplicateEventIdError);
    expect(built).toBe(1);
  });

  it("with the client's If-Match, refuses a stale revision before deciding (412)", async () => {
    await write.execute(stream, certificatesFeature, context, turn(true));
    const ifMatch = { ...context, commandId: 'command-2', expectedRevision: 5n };
    let built = 0;
    const stale = write.execute(stream, certificatesFeature, ifMatch, () => {
      built++;
      return turn(false)();
    });

    await expect(stale).rejects.toThrow(ConcurrencyConflict);
    await expect(stale).rejects.toHaveProperty('preconditionFailed', true);
    await expect(stale).rejects.toThrow(`${stream} is at revision 0`);
    expect(built).toBe(0);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('with If-Match, never retries a conflict: the client decides again', async () => {
    await write.execute(stream, certificatesFeature, context, turn(true));
    const [first] = await store.readStream(stream);
    const ifMatch = { ...context, commandId: 'command-2', expectedRevision: first!.revision };
    let built = 0;
    const raced = write.execute(stream, certificatesFeature, ifMatch, async () => {
      if (++built === 1) await appendCompeting('other-1', true);
      return turn(false)();
    });

    await expect(raced).rejects.toHaveProperty('preconditionFailed', true);
    expect(built).toBe(1);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual([
      'CertificatesFeatureEnabled',
      'CertificatesFeatureEnabled',
    ]);
  });

  it('with the matching If-Match revision, decides and appends', async () => {
    await write.execute(stream, certificatesFeature, context, turn(true));
    const [first] = await store.readStream(stream);
    const ifMatch = { ...context, commandId: 'command-2', expectedRevision: first!.revision };
    const outcome = await write.execute(stream, certificatesFeature, ifMatch, turn(false));
    expect(outcome.state).toEqual({ enabled: false });
    expect((await store.readStream(stream)).at(-1)!.type).toBe('CertificatesFeatureDisabled');
  });
});

describe('The write model and a request sent again with its Idempotency-Key', () => {
  // Request hashes are SHA-256 hex digests, as their schema says.
  const [hash1, hash2] = ['1', '2'].map((digit) => digit.repeat(64));
  const keyed = { ...context, idempotencyKey: 'key-1', requestHash: hash1 };

  it('records the key and the request hash with the events', async () => {
    await write.execute(stream, certificatesFeature, keyed, turn(true));
    const [event] = await store.readStream(stream);
    expect(event!.metadata).toMatchObject({ idempotencyKey: 'key-1', requestHash: hash1 });
  });

  it('answers the first outcome again, even between other commands, and appends nothing', async () => {
    await write.execute(
      stream,
      certificatesFeature,
      { ...context, commandId: 'earlier' },
      turn(true),
    );
    await write.execute(stream, certificatesFeature, { ...context, commandId: 'off' }, turn(false));
    const first = await write.execute(stream, certificatesFeature, keyed, turn(true));
    for (const [commandId, enabled] of [
      ['later-1', false],
      ['later-2', true],
    ] as const)
      await write.execute(stream, certificatesFeature, { ...context, commandId }, turn(enabled));
    await write.execute(
      stream,
      certificatesFeature,
      { ...context, commandId: 'last' },
      turn(false),
    );

    let built = 0;
    const replayed = await write.execute(stream, certificatesFeature, keyed, () => {
      built++;
      return turn(false)();
    });
    expect(replayed.state).toEqual({ enabled: true });
    expect(replayed.position).toBe(first.position);
    expect(replayed.events).toMatchObject(first.events);
    expect(replayed.events).toHaveLength(1);
    expect(built).toBe(0);
    expect(await store.readStream(stream)).toHaveLength(6);
  });

  it('refuses the key reused for a different request, and appends nothing', async () => {
    await write.execute(stream, certificatesFeature, keyed, turn(true));
    const reused = write.execute(
      stream,
      certificatesFeature,
      { ...keyed, requestHash: hash2 },
      turn(false),
    );
    await expect(reused).rejects.toThrow(DomainError);
    await expect(reused).rejects.toThrow('This Idempotency-Key was used for a different request');
    await expect(reused).rejects.toHaveProperty('code', 'idempotency-key-reused');
    expect(await store.readStream(stream)).toHaveLength(1);
  });
});

describe('The write model reading a fact another command needs', () => {
  it('is null for a stream with no events, else the folded state', async () => {
    expect(await write.state(stream, certificatesFeature)).toBeNull();
    await write.execute(stream, certificatesFeature, context, turn(true));
    expect(await write.state(stream, certificatesFeature)).toEqual({ enabled: true });
  });
});

describe('The write model folding only what it has not folded yet', () => {
  /** This process's write model, noting where each stream read began, and another process's. */
  const twoWriters = () => {
    const afters: (bigint | undefined)[] = [];
    const clock = { now: () => now };
    const mine = new WriteModel(
      streamReadsNoted(store, afters),
      writeStack(store, clock).append,
      clock,
    );
    return { afters, mine, other: writeStack(store, clock).write };
  };

  /**
   * This process turns the feature on, another turns it off, then this one turns it off (nothing
   * to do) and on again; what it read, from which revision each time, is in `afters`.
   */
  const onOffOffOn = async (contextOf: (n: number) => CommandContext) => {
    const { afters, mine, other } = twoWriters();

    await mine.execute(stream, certificatesFeature, contextOf(1), turn(true));
    // Another process turns it off: this one must decide on that, not on what it folded.
    await other.execute(stream, certificatesFeature, { ...context, commandId: 'x' }, turn(false));
    const again = await mine.execute(stream, certificatesFeature, contextOf(3), turn(false));
    expect(again.events).toEqual([]);
    expect(again.state).toEqual({ enabled: false });
    const on = await mine.execute(stream, certificatesFeature, contextOf(4), turn(true));
    expect(on.events.map((e) => e.type)).toEqual(['CertificatesFeatureEnabled']);
    const readsToDecide = [...afters];
    expect(await mine.state(stream, certificatesFeature)).toEqual({ enabled: true });
    expect(afters.at(-1)).toBe(2n);
    return readsToDecide;
  };

  it('reads a stream from the revision it folded last, and sees what other writers appended', async () => {
    const reads = await onOffOffOn((n) => ({ ...context, commandId: `command-${n}` }));
    // Whole while nothing was folded (before and after its first append); then only after the
    // newest revision it had folded, its own append read back once.
    expect(reads).toEqual([undefined, undefined, 0n, 1n, 1n]);
  });

  it('folds its own append without reading it back when its command id was drawn for it alone', async () => {
    const reads = await onOffOffOn((n) => ({
      ...context,
      commandId: `drawn-${n}`,
      randomCommandId: true,
    }));
    // No other run derives its event ids, so what it appended is what it decided; and it decides
    // on what it folded without reading: the stream is read only to fold it the first time, and
    // once the append decided on its fold is refused (another process turned the feature off).
    expect(reads).toEqual([undefined, 0n]);
    expect((await store.readStream(stream)).map((e) => e.metadata.commandId)).toEqual([
      'drawn-1',
      'x',
      'drawn-4',
    ]);
  });

  it('draws the event ids of a command whose id was drawn, and keeps them for every attempt of the run', async () => {
    const tried: string[][] = [];
    const refusingOnce = new WriteModel(
      store,
      async (name, events, expected) => {
        tried.push(events.map((e) => e.eventId));
        if (tried.length === 1) throw new WrongExpectedRevisionError(name, expected, 0n);
        return store.append(name, events, expected);
      },
      { now: () => now },
    );
    const drawn = { ...context, commandId: 'drawn-1', randomCommandId: true as const };

    await refusingOnce.execute(stream, certificatesFeature, drawn, turn(true));

    const [first, second] = tried;
    expect(second).toEqual(first);
    expect(first![0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(first![0]).not.toBe(deterministicId('drawn-1/0'));
    expect((await store.readStream(stream)).map((e) => e.eventId)).toEqual(first);
  });

  it('never answers "nothing to do" from a fold it did not read: it reads the stream and decides again', async () => {
    const { afters, mine, other } = twoWriters();
    const drawn = (n: number): CommandContext => ({
      ...context,
      commandId: `drawn-${n}`,
      randomCommandId: true,
    });
    await mine.execute(stream, certificatesFeature, drawn(1), turn(true));
    await other.execute(stream, certificatesFeature, { ...context, commandId: 'x' }, turn(false));

    // Its fold says the feature is on already; the log says another process turned it off.
    const on = await mine.execute(stream, certificatesFeature, drawn(2), turn(true));

    expect(on.events.map((e) => e.type)).toEqual(['CertificatesFeatureEnabled']);
    expect(afters).toEqual([undefined, 0n]);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual([
      'CertificatesFeatureEnabled',
      'CertificatesFeatureDisabled',
      'CertificatesFeatureEnabled',
    ]);
  });
});
