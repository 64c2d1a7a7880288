import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventToAppend } from '../../src/event-store/event-store';
import { filesHolding } from '../support/files-holding';
import { protectedLog } from './support/protected-log';

const REASON = 'Ines Varga-Holm copied the answers';
const HASH = 'a'.repeat(64);

/** A revocation as the certificate decider appends it, with the request's hash. */
function revoked(learnerId: string, eventVersion = 1): EventToAppend {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type: 'CertificateRevoked',
    data: {
      ...{ certificateId: randomUUID(), trainingId: 'safety', learnerId },
      ...{ reason: REASON, revokedBy: 'admin-1', revokedAt: '2026-03-01T09:00:00.000Z' },
    },
    metadata: {
      tenant: 'acme',
      actor: { id: 'admin-1', roles: ['admin'] },
      occurredAt: '2026-03-01T09:00:00.000Z',
      ...{ command: 'RevokeCertificate', commandId, correlationId: commandId },
      ...{ causationId: commandId, eventVersion, idempotencyKey: 'k1', requestHash: HASH },
    },
  };
}

describe('Free-text reasons sealed by the append path and opened by the log, over SQLite', () => {
  let dir: string;
  let log: ReturnType<typeof protectedLog>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sealed-reasons-'));
    log = protectedLog(dir);
  });
  afterEach(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const readBack = async (learnerId: string) => {
    const [event] = await log.store.readStream(`certificate-acme:safety:${learnerId}`);
    return event!;
  };

  it('[R-free-text-reasons-personal] stores a reason and its request hash sealed (v2), reads them opened, and as null once erased', async () => {
    await log.store.append('certificate-acme:safety:ines', [revoked('ines')], 'no-stream');

    expect(filesHolding(dir, REASON)).toEqual([]);
    expect(filesHolding(dir, HASH)).toEqual([]);
    const opened = await readBack('ines');
    expect(opened.metadata).toMatchObject({ eventVersion: 2, requestHash: HASH });
    expect(opened.data).toMatchObject({ reason: REASON, learnerId: 'ines' });
    expect(opened.data).not.toHaveProperty('personalData');

    await log.keys.destroy({ tenant: 'acme', learnerId: 'ines' }, '2026-03-02T00:00:00.000Z');
    const erased = await readBack('ines');
    expect(erased.data).toMatchObject({ reason: null, learnerId: 'ines', revokedBy: 'admin-1' });
    expect(erased.metadata).not.toHaveProperty('requestHash');
  });

  it('reads a reason stored in the clear by an earlier version as it is, until the erasure', async () => {
    await log.checked.append('certificate-acme:safety:jo', [revoked('jo')], 'no-stream');
    expect((await readBack('jo')).data).toMatchObject({ reason: REASON });
    expect((await readBack('jo')).metadata).toMatchObject({ eventVersion: 1, requestHash: HASH });

    await log.keys.keyFor({ tenant: 'acme', learnerId: 'jo' });
    await log.keys.destroy({ tenant: 'acme', learnerId: 'jo' }, '2026-03-02T00:00:00.000Z');
    const erased = await readBack('jo');
    expect(erased.data).toMatchObject({ reason: null });
    expect(erased.metadata).not.toHaveProperty('requestHash');
  });

  it('seals a reason about a learner erased before under a key nobody keeps: it reads as null at once', async () => {
    await log.keys.keyFor({ tenant: 'acme', learnerId: 'kim' });
    await log.keys.destroy({ tenant: 'acme', learnerId: 'kim' }, '2026-03-02T00:00:00.000Z');

    await log.store.append('certificate-acme:safety:kim', [revoked('kim')], 'no-stream');

    expect(filesHolding(dir, REASON)).toEqual([]);
    expect((await readBack('kim')).data).toMatchObject({ reason: null });
  });
});
