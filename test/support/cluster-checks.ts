import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedEvent } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { rebuildProjections } from '../../src/projections/engine/rebuild';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { type CheckpointDoc, REACTORS } from '../../src/reactors/reactor';
import { OpenedEventLog } from '../../src/personal-data/opened-event-log';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { snapshotReadModels } from './read-model-snapshot';
import type { Acknowledged } from './service-cluster';

export async function readWholeLog(dataDir: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  try {
    const events: RecordedEvent[] = [];
    for (;;) {
      const page = await store.readAll({ after: events.at(-1)?.position, limit: 5000 });
      if (page.length === 0) return events;
      events.push(...page);
    }
  } finally {
    await store.close();
  }
}

/**
 * The reactors whose checkpoint is short of `head`: their work (an erasure's file deletions,
 * say) may still be under way. Read from the read store's file while the instances run.
 */
export async function reactorsBehind(dataDir: string, head: bigint): Promise<string[]> {
  const store = new SqliteReadStore(join(dataDir, 'read-models.sqlite'));
  try {
    const checkpoints = await store.find<CheckpointDoc>(REACTORS);
    return checkpoints
      .filter(({ position }) => position === null || BigInt(position) < head)
      .map(({ _id, position }) => `${_id} at ${String(position)}`);
  } finally {
    await store.close();
  }
}

/**
 * Each acknowledged command is in the log once: its events carry its Idempotency-Key, were
 * appended together (one stream, consecutive revisions), and a command that appended answered
 * with the position of its last event; one that changed nothing answered a position the log has.
 */
export function exactlyOnceViolations(log: RecordedEvent[], acks: Acknowledged[]): string[] {
  const byKey = new Map<string, RecordedEvent[]>();
  for (const event of log) {
    const key = event.metadata.idempotencyKey;
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), event]);
  }
  const violations: string[] = [];
  for (const [key, events] of byKey) {
    const contiguous = events.every(
      (event, i) =>
        i === 0 ||
        (event.stream === events[0]!.stream && event.revision === events[i - 1]!.revision + 1n),
    );
    if (!contiguous) violations.push(`${key}: events appended more than once`);
  }
  const positions = new Set(log.map((event) => String(event.position)));
  for (const ack of acks) {
    const events = byKey.get(ack.key);
    if (events && ack.position !== String(events.at(-1)!.position))
      violations.push(`${ack.method} ${ack.url} answered position ${ack.position}`);
    if (!events && ack.position !== undefined && !positions.has(ack.position))
      violations.push(`${ack.method} ${ack.url} answered ${ack.position}, which the log lacks`);
  }
  return violations;
}

/** Certificates of erased learners (none is requested after the erasure): their files are gone. */
function erasedCertificates(log: RecordedEvent[]): Set<string> {
  const erasedAt = new Map<string, bigint>();
  for (const event of log)
    if (event.type === 'LearnerPersonalDataErased')
      erasedAt.set(`${event.metadata.tenant}/${event.data.learnerId}`, event.position);
  const ids = new Set<string>();
  for (const event of log)
    if (event.type === 'CertificateGenerationRequested') {
      const erased = erasedAt.get(`${event.metadata.tenant}/${event.data.learnerId}`);
      if (erased !== undefined && erased > event.position) ids.add(event.data.certificateId);
    }
  return ids;
}

/**
 * Every generation request settled once, and every generated certificate has its one file,
 * unless its learner was erased afterwards: then it has none.
 */
export function certificateViolations(log: RecordedEvent[], dataDir: string): string[] {
  const requested = log.filter((e) => e.type === 'CertificateGenerationRequested');
  const erased = erasedCertificates(log);
  const outcomes = new Map<string, number>();
  const generated: string[] = [];
  for (const event of log)
    if (event.type === 'CertificateGenerated' || event.type === 'CertificateGenerationFailed') {
      const id = String(event.data.certificateId);
      outcomes.set(id, (outcomes.get(id) ?? 0) + 1);
      if (event.type === 'CertificateGenerated') generated.push(id);
    }
  const violations: string[] = [];
  for (const request of requested) {
    const id = String(request.data.certificateId);
    const count = outcomes.get(id) ?? 0;
    // A request deleted before it rendered is settled by the deletion, not by an outcome.
    const deleted = log.some((e) => e.type === 'CertificateDeleted' && e.data.certificateId === id);
    if (count > 1 || (count === 0 && !deleted))
      violations.push(`certificate ${id}: ${count} outcomes`);
  }
  const folder = join(dataDir, 'files', 'certificates');
  const files = existsSync(folder) ? readdirSync(folder) : [];
  for (const id of generated) {
    const kept = files.includes(`${id}.pdf`);
    if (!kept && !erased.has(id)) violations.push(`certificate ${id}: no file`);
    if (kept && erased.has(id)) violations.push(`certificate ${id}: file kept after an erasure`);
  }
  // A render that finished after its request was deleted leaves the file of a deleted
  // certificate, as a deletion does; a file of a request never made would be a leak.
  const requestedIds = new Set(requested.map((e) => `${String(e.data.certificateId)}.pdf`));
  const extra = files.filter((file) => !requestedIds.has(file));
  if (extra.length > 0) violations.push(`files of no request: ${extra.join()}`);
  return [
    ...violations,
    ...credentialViolations(log, dataDir, requestedIds, erased),
    ...numberViolations(log),
  ];
}

/**
 * Every generated certificate has one number; a tenant never gives a number or a place in its
 * sequence twice, and its sequence has no gap.
 */
function numberViolations(log: RecordedEvent[]): string[] {
  const violations: string[] = [];
  const numbered = new Set<string>();
  const given = new Set<string>();
  const sequences = new Map<string, number[]>();
  for (const event of log.filter((e) => e.type === 'CertificateNumberAssigned')) {
    const { tenant } = event.metadata;
    const id = String(event.data.certificateId);
    const number = `${tenant}:${String(event.data.number)}`;
    if (numbered.has(id)) violations.push(`certificate ${id}: two numbers`);
    if (given.has(number)) violations.push(`number ${number} given twice`);
    numbered.add(id);
    given.add(number);
    sequences.set(tenant, [...(sequences.get(tenant) ?? []), Number(event.data.sequence)]);
  }
  for (const [tenant, sequence] of sequences)
    if (sequence.some((place, index) => place !== index + 1))
      violations.push(`tenant ${tenant}: sequence ${sequence.join()} has a gap or a repeat`);
  for (const event of log.filter((e) => e.type === 'CertificateGenerated'))
    if (!numbered.has(String(event.data.certificateId)))
      violations.push(
        `certificate ${String(event.data.certificateId)}: generated without a number`,
      );
  return violations;
}

/**
 * Every generated certificate has its credential file, the one whose hash the log records, with
 * the index the status list gave it; no index is given twice, no certificate gets two.
 */
function credentialViolations(
  log: RecordedEvent[],
  dataDir: string,
  requestedPdfs: ReadonlySet<string>,
  erased: ReadonlySet<string>,
): string[] {
  const violations: string[] = [];
  const indexes = new Map<string, number>();
  const taken = new Set<string>();
  for (const event of log.filter((e) => e.type === 'StatusListIndexAssigned')) {
    const id = String(event.data.certificateId);
    const slot = `${event.metadata.tenant}:${String(event.data.statusListIndex)}`;
    if (indexes.has(id)) violations.push(`certificate ${id}: two status list indexes`);
    if (taken.has(slot)) violations.push(`status list index ${slot} given twice`);
    indexes.set(id, Number(event.data.statusListIndex));
    taken.add(slot);
  }
  const folder = join(dataDir, 'files', 'credentials');
  for (const event of log.filter((e) => e.type === 'CertificateGenerated')) {
    const id = String(event.data.certificateId);
    const credential = event.data.credential as
      { sha256: string; statusListIndex: number } | undefined;
    const file = join(folder, `${id}.json`);
    if (erased.has(id)) {
      if (existsSync(file)) violations.push(`certificate ${id}: credential kept after an erasure`);
      continue;
    }
    if (!credential || !existsSync(file)) {
      violations.push(`certificate ${id}: no credential`);
      continue;
    }
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (sha256 !== credential.sha256) violations.push(`certificate ${id}: credential hash differs`);
    if (indexes.get(id) !== credential.statusListIndex)
      violations.push(
        `certificate ${id}: index ${credential.statusListIndex} not the one assigned`,
      );
  }
  const files = existsSync(folder) ? readdirSync(folder) : [];
  const extra = files.filter((name) => !requestedPdfs.has(name.replace(/\.json$/, '.pdf')));
  if (extra.length > 0) violations.push(`credentials of no request: ${extra.join()}`);
  return violations;
}

/**
 * The live read models, and the same rebuilt from the log (read as the service reads it, through
 * the learners' keys), once every instance has stopped.
 */
export async function liveAndRebuilt(dataDir: string) {
  const keys = new SqlitePersonalDataKeys(join(dataDir, 'personal-data-keys.sqlite'));
  const adapter = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  const events = new OpenedEventLog(adapter, keys);
  const store = new SqliteReadStore(join(dataDir, 'read-models.sqlite'));
  try {
    const live = await snapshotReadModels(store);
    await rebuildProjections(events, store, ALL_PROJECTIONS);
    return { live, rebuilt: await snapshotReadModels(store) };
  } finally {
    await store.close();
    await adapter.close();
    await keys.close();
  }
}
