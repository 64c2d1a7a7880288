import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../../src/core/command-context';
import { deterministicId } from '../../src/core/deterministic-id';
import { streams } from '../../src/core/stream-names';
import { ofType } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import {
  assignCertificateNumberFor,
  type NumberedRequest,
} from '../../src/write/certificate-numbers/application/assign-certificate-number.handler';
import { writeStack } from '../support/write-stack';

const now = new Date('2026-03-02T10:00:00.000Z');
const REQUESTS = 30;

/** One service instance: its own connection to the shared log file and its own write model. */
function instance(file: string) {
  const store = new SqliteEventStore(file, 10);
  return { store, write: writeStack(store, { now: () => now }).write };
}

/** The context the numbering reactor sends with: the command id derives from the certificate. */
const contextFor = (certificateId: string, actor: string): CommandContext => ({
  commandId: deterministicId(`AssignCertificateNumber/${certificateId}`),
  tenant: 'acme-corp',
  actor: { id: actor, roles: [] },
  correlationId: certificateId,
  causationId: certificateId,
});

const requests: NumberedRequest[] = Array.from({ length: REQUESTS }, (_, i) => ({
  certificateId: `c${i + 1}`,
  trainingId: 't1',
  learnerId: `l${i + 1}`,
  requestedAt: now.toISOString(),
}));

describe('[R-certificate-number] Certificate numbers given by several instances at once', () => {
  let file: string;
  let instances: ReturnType<typeof instance>[];
  beforeEach(() => {
    file = join(mkdtempSync(join(tmpdir(), 'numbers-')), 'events.sqlite');
    instances = [instance(file), instance(file)];
  });
  afterEach(async () => {
    for (const { store } of instances) await store.close();
  });

  /** Numbers the requests one after another, as an instance's numbering reactor does. */
  async function numberInTurn(
    { write }: ReturnType<typeof instance>,
    actor: string,
    order: readonly NumberedRequest[],
  ): Promise<Map<string, string>> {
    const given = new Map<string, string>();
    for (const request of order)
      given.set(
        request.certificateId,
        await assignCertificateNumberFor(write, contextFor(request.certificateId, actor), request),
      );
    return given;
  }

  async function assignedEvents() {
    const log = await instances[0]!.store.readStream(streams.certificateNumbers('acme-corp'));
    return log.filter(ofType('CertificateNumberAssigned'));
  }

  it('gives each certificate one number, in request order, when two instances number the same requests', async () => {
    // When: both instances' numbering reactors work through the same requests at once
    const [a, b] = await Promise.all([
      numberInTurn(instances[0]!, 'instance-a', requests),
      numberInTurn(instances[1]!, 'instance-b', requests),
    ]);

    // Then: one event per certificate, the sequence without gap or repeat, in request order
    const events = await assignedEvents();
    expect(events.map((e) => e.data.certificateId)).toEqual(requests.map((r) => r.certificateId));
    expect(events.map((e) => e.data.sequence)).toEqual(requests.map((_, i) => i + 1));
    expect(events.map((e) => e.data.number)).toEqual(
      requests.map((_, i) => `ACMECORP-2026-${String(i + 1).padStart(6, '0')}`),
    );
    // ...and both instances answered every request with the number that was stored
    const stored = new Map(events.map((e) => [e.data.certificateId, e.data.number]));
    expect(a).toEqual(stored);
    expect(b).toEqual(stored);
  });

  it('never gives one number twice when a render numbers requests out of turn on another instance', async () => {
    // When: one instance numbers in order while the other numbers the same requests backwards,
    // as renders that stopped waiting for the numbering reactor would, and in order as well
    const [inOrder, backwards, alsoInOrder] = await Promise.all([
      numberInTurn(instances[0]!, 'instance-a', requests),
      numberInTurn(instances[1]!, 'instance-b-render', [...requests].reverse()),
      numberInTurn(instances[1]!, 'instance-b', requests),
    ]);

    // Then: every certificate has one number, unique, and the sequence has no gap
    const events = await assignedEvents();
    expect(events).toHaveLength(REQUESTS);
    expect(new Set(events.map((e) => e.data.certificateId)).size).toBe(REQUESTS);
    expect(new Set(events.map((e) => e.data.number)).size).toBe(REQUESTS);
    expect(events.map((e) => e.data.sequence)).toEqual(requests.map((_, i) => i + 1));
    const stored = new Map(events.map((e) => [e.data.certificateId, e.data.number]));
    for (const answers of [inOrder, backwards, alsoInOrder]) expect(answers).toEqual(stored);
  });
});
