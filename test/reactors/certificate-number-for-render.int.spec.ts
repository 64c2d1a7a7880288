import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streams } from '../../src/core/stream-names';
import { ofType, type RecordedOfType } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { numberForRender } from '../../src/reactors/certificate-generation/certificate-number-for-render';
import { CertificateNumberingReactor } from '../../src/reactors/certificate-numbering/certificate-numbering.reactor';
import { reactorConsumer } from '../../src/reactors/reactor';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import type { WriteModel } from '../../src/write/command-handling/write-model';
import { writeStack } from '../support/write-stack';

type Request = RecordedOfType<'CertificateGenerationRequested'>;
const now = new Date('2026-03-02T10:00:00.000Z');

/** A generation request as the log holds it, at `position`. */
const request = (certificateId: string, position: bigint): Request => ({
  eventId: `event-${certificateId}`,
  stream: `certificate-acme:t1:${certificateId}`,
  revision: 0n,
  position,
  type: 'CertificateGenerationRequested',
  data: {
    ...{
      certificateId,
      trainingId: 't1',
      learnerId: `l-${certificateId}`,
      templateId: 'classic-en',
    },
    ...{ version: 1, requestedAt: now.toISOString(), requestedBy: 'l1' },
    firstGeneratedAt: now.toISOString(),
  },
  metadata: {
    ...{ tenant: 'acme', actor: { id: 'l1', roles: ['learner'] }, occurredAt: now.toISOString() },
    ...{ command: 'GenerateCertificate', commandId: certificateId, correlationId: certificateId },
    ...{ causationId: certificateId, eventVersion: 1 },
  },
});

describe('[R-certificate-number] The number a render prints', () => {
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  let write: WriteModel;
  const signal = new AbortController().signal;
  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'number-for-render-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'), 10);
    store = new SqliteReadStore(join(dir, 'read.sqlite'));
    write = writeStack(events, { now: () => now }).write;
  });
  afterEach(async () => {
    await events.close();
    await store.close();
  });

  /** The numbering reactor as its log processor runs it: resumed first, then handed a page. */
  const numbering = async (...page: Request[]) => {
    const consumer = reactorConsumer(new CertificateNumberingReactor(write), store);
    await consumer.resume();
    await consumer.handle(page, signal);
  };
  const assigned = async () =>
    (await events.readStream(streams.certificateNumbers('acme')))
      .filter(ofType('CertificateNumberAssigned'))
      .map((e) => [e.data.certificateId, e.data.number, e.metadata.actor.id]);

  it('is the one the numbering reactor gave, once its checkpoint has passed the request', async () => {
    // Given: the numbering reactor settled two requests, in log order
    const [first, second] = [request('c1', 5n), request('c2', 9n)];
    await numbering(first, second);

    // When: the render of the second asks, with no time to wait
    const number = await numberForRender({ write, store }, second, 'render', { signal, waitMs: 0 });

    // Then: it prints the reactor's number, and numbers nothing itself
    expect(number).toBe('ACME-2026-000002');
    expect(await assigned()).toEqual([
      ['c1', 'ACME-2026-000001', 'system:certificate-numbering'],
      ['c2', 'ACME-2026-000002', 'system:certificate-numbering'],
    ]);
  });

  it('waits for the numbering reactor to reach the request', async () => {
    const [first, second] = [request('c1', 5n), request('c2', 9n)];
    const rendering = numberForRender({ write, store }, second, 'render', {
      signal,
      waitMs: 10_000,
    });
    await numbering(first, second);
    expect(await rendering).toBe('ACME-2026-000002');
    expect((await assigned()).map(([, , actor]) => actor)).toEqual([
      'system:certificate-numbering',
      'system:certificate-numbering',
    ]);
  });

  it('numbers the request itself when the numbering reactor does not reach it in time, the reactor then changing nothing', async () => {
    const late = request('c1', 5n);
    const number = await numberForRender({ write, store }, late, 'render', { signal, waitMs: 30 });
    expect(number).toBe('ACME-2026-000001');

    await numbering(late);
    expect(await assigned()).toEqual([['c1', 'ACME-2026-000001', 'render']]);
  });

  it('numbers nothing when the service stops while it waits', async () => {
    const stopping = new AbortController();
    const waiting = numberForRender({ write, store }, request('c1', 5n), 'render', {
      signal: stopping.signal,
      waitMs: 10_000,
    });
    stopping.abort();
    await expect(waiting).rejects.toThrow('stopping');
    expect(await assigned()).toEqual([]);
  });
});
