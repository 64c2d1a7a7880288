import { streams } from '../../core/stream-names';
import type { EventLog } from '../../event-store/event-store';
import type { ReadModels } from '../read-models';
import type { ReportDoc } from '../reports/reports.projection';
import { reportLists } from './erasure-scope';

/**
 * Between an erasure and its reactor's work (deleting the learner's PDFs, writing reports again
 * without them), the files still hold the name. Downloads ask the log itself, which knows of the
 * erasure as soon as the DELETE has answered, before any read model or reactor.
 */
export async function learnerErased(
  log: Pick<EventLog, 'readStream'>,
  tenant: string,
  learnerId: string,
): Promise<boolean> {
  const events = await log.readStream(streams.learner(tenant, learnerId));
  return events.some((event) => event.type === 'LearnerPersonalDataErased');
}

/**
 * Whether the report's file may still hold an erased learner: one erased after the report was
 * requested (earlier erasures were redacted in the read model it was written from), whom it
 * lists, and whom it was not yet written again without.
 */
export async function reportAwaitsRedaction(
  log: Pick<EventLog, 'readTenantLog'>,
  reads: ReadModels,
  report: ReportDoc,
): Promise<boolean> {
  // Written before this check existed: `npm run projections -- rebuild reports` adds it.
  if (report.requestedPosition === undefined) return false;
  const redacted = new Set(report.redactedFor ?? []);
  for await (const learnerId of erasedSince(log, report.tenant, BigInt(report.requestedPosition)))
    if (!redacted.has(learnerId) && (await reportLists(reads, report, learnerId))) return true;
  return false;
}

/** The learners of the tenant erased after the log position, in log order. */
export async function* erasedSince(
  log: Pick<EventLog, 'readTenantLog'>,
  tenant: string,
  position: bigint,
): AsyncIterable<string> {
  let after = position;
  for (;;) {
    const erasures = await log.readTenantLog({
      ...{ tenant, after, limit: 500 },
      type: 'LearnerPersonalDataErased',
    });
    for (const { data } of erasures) yield (data as { learnerId: string }).learnerId;
    const last = erasures.at(-1);
    if (!last) return;
    after = last.position;
  }
}
