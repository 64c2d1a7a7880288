import {
  type LearnerProfileDoc,
  profileKey,
  progressReportProjection,
  REPORT_EPOCH,
  REPORT_PROFILES,
  REPORT_ROWS,
  type RowVersion,
} from './progress-report.projection';
import {
  TEMPLATES,
  type TemplateDoc,
  templateKey,
  templatesProjection,
} from '../templates/templates.projection';
import { PLATFORM_TENANT } from '../../core/stream-names';
import { utcDay } from '../../core/utc-day';
import type { EventStore } from '../../event-store/event-store';
import type { ReadModels } from '../read-models';
import type { ReadStore } from '../../read-store/read-store';
import { activeGeneration, physicalName } from '../../projections/engine/generations';

export interface ProgressReportRow {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly enrolledAt: string | null;
  readonly progress: number;
  readonly status: 'not-started' | 'in-progress' | 'completed';
  readonly completedAt: string | null;
  readonly certificate: string | null;
  readonly certificateVersion: number | null;
  readonly certificateDownloadDate: string | null;
  readonly certificateValidUntil: string | null;
  readonly cycle: number;
}

/** Row versions per read: a page of learners at a time. */
const PAGE = 1000;
const NAME = progressReportProjection.name;

/**
 * The last day whose 00:00 UTC cut-off has passed for the report read model, 'YYYY-MM-DD': its
 * latest marker; before the first marker, the day the log began (that midnight came before the
 * first event, and markers are only written for the midnights after it). Null on an empty log.
 */
export async function lastPassedCutoff(
  reads: ReadModels,
  events: Pick<EventStore, 'readAll'>,
): Promise<string | null> {
  const epoch = await reads.get<{ _id: string; lastCutoff: string }>(NAME, REPORT_EPOCH, 'epoch');
  if (epoch) return epoch.lastCutoff;
  const [first] = await events.readAll({ limit: 1 });
  return first ? utcDay(new Date(first.metadata.occurredAt)) : null;
}

/** A training's rows as they stood at the cut-off of `day`, one learner at a time. */
export async function* progressReportRows(
  store: ReadStore,
  reads: ReadModels,
  tenant: string,
  trainingId: string,
  day: string,
): AsyncGenerator<ProgressReportRow> {
  for await (const page of progressReportPages(store, reads, tenant, trainingId, day)) yield* page;
}

/**
 * The same rows a page of learners at a time, ordered by learner: row versions come out of the
 * read store a page at a time, and only a page of learners is held at once, so memory stays
 * flat however large the training. Writers that take rows in bulk (the CSV) skip a hop per row.
 */
export async function* progressReportPages(
  store: ReadStore,
  reads: ReadModels,
  tenant: string,
  trainingId: string,
  day: string,
): AsyncGenerator<readonly ProgressReportRow[]> {
  const generation = await activeGeneration(store, NAME);
  // Stryker disable next-line ConditionalExpression: a missing collection reads as empty, as returning does
  if (generation === null) return;
  const titles = new TemplateTitles(reads, tenant);
  const collection = physicalName(REPORT_ROWS, generation);
  // The newest version visible by `day` of the learner the last page ended with: their next
  // version may be on the next page.
  let current: RowVersion | null = null;
  let after: string | undefined;
  for (;;) {
    const page = await store.find<RowVersion>(collection, {
      where: { tenant, trainingId },
      orderBy: 'sortKey',
      after,
      limit: PAGE,
    });
    const complete: RowVersion[] = [];
    for (const version of page) {
      if (current && current.learnerId !== version.learnerId) {
        complete.push(current);
        current = null;
      }
      if (version.visibleFrom <= day) current = version;
    }
    if (page.length < PAGE && current) complete.push(current);
    yield await withProfiles(store, generation, titles, tenant, complete, day);
    if (page.length < PAGE) return;
    after = page.at(-1)!.sortKey;
  }
}

/** The rows of `versions` (one per learner), with each learner's name and e-mail as of `day`. */
async function withProfiles(
  store: ReadStore,
  generation: number,
  titles: TemplateTitles,
  tenant: string,
  versions: readonly RowVersion[],
  day: string,
): Promise<ProgressReportRow[]> {
  const docs = await profilesOf(
    store,
    physicalName(REPORT_PROFILES, generation),
    tenant,
    versions.map((v) => v.learnerId),
  );
  const profiles = new Map<string, { name: string; email: string }>();
  for (const [learnerId, doc] of docs) profiles.set(learnerId, profileAsOf(doc, day));
  const titleOf = await titles.of(versions.map((v) => v.templateId ?? null));
  // A stored row leaves its null fields out (StoredRowState).
  return versions.map((row) => {
    const profile = profiles.get(row.learnerId);
    const progress = row.progress ?? 0;
    const completedAt = row.completedAt ?? null;
    const templateId = row.templateId ?? null;
    return {
      userId: row.learnerId,
      name: profile?.name ?? '',
      email: profile?.email ?? '',
      enrolledAt: row.enrolledAt ?? null,
      progress,
      status: completedAt !== null ? 'completed' : progress > 0 ? 'in-progress' : 'not-started',
      completedAt,
      // Stryker disable next-line ConditionalExpression: titleOf(null) finds no title and answers the id: null
      certificate: templateId === null ? null : titleOf(templateId),
      certificateVersion: row.version ?? null,
      certificateDownloadDate: row.certificateDownloadDate ?? null,
      certificateValidUntil: row.certificateValidUntil ?? null,
      cycle: row.cycle ?? 1,
    };
  });
}

/**
 * A page's profiles by learner. The page's learners come in order, and so do the profiles' ids
 * (tenant, then learner), so most are found by walking the ids from the page's first learner to
 * its last: in SQLite a third of the cost of looking each up (100,000 profiles: 35 ms against
 * 95 ms). The walk stops a quarter past the page's size, so a training with few of the tenant's
 * learners costs little more than before; whoever it did not reach (other learners in between,
 * ids that order otherwise in the store) is looked up by id.
 */
async function profilesOf(
  store: ReadStore,
  collection: string,
  tenant: string,
  learnerIds: readonly string[],
): Promise<ReadonlyMap<string, LearnerProfileDoc>> {
  const found = new Map<string, LearnerProfileDoc>();
  const add = (docs: readonly LearnerProfileDoc[]) => {
    // Another tenant's id can sort between two of this tenant's.
    for (const doc of docs) if (doc.tenant === tenant) found.set(doc.learnerId, doc);
  };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: one learner's walk is a lookup by id; either finds the same
  if (learnerIds.length > 1)
    add(
      await store.find<LearnerProfileDoc>(collection, {
        where: {
          _id: {
            from: profileKey(tenant, learnerIds[0]!),
            to: profileKey(tenant, learnerIds.at(-1)!),
          },
        },
        // Stryker disable next-line ArithmeticOperator: how far the walk goes; those it misses are looked up by id
        limit: learnerIds.length + (learnerIds.length >> 2),
      }),
    );
  const missing = learnerIds.filter((id) => !found.has(id)).map((id) => profileKey(tenant, id));
  if (missing.length > 0) add(await store.getMany<LearnerProfileDoc>(collection, missing));
  return found;
}

/** An erased learner's rows say so instead of a name; a learner with no profile yet has none. */
export const ERASED = '[erased]';

function profileAsOf(doc: LearnerProfileDoc, day: string): { name: string; email: string } {
  if (doc.erasedAt) return { name: ERASED, email: ERASED };
  const version = doc.versions.findLast((v) => v.visibleFrom <= day);
  return { name: version?.name ?? '', email: version?.email ?? '' };
}

/** Template titles, looked up once per report. */
class TemplateTitles {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly reads: ReadModels,
    private readonly tenant: string,
  ) {}

  /** Looks up the titles of `templateIds` not known yet; answers a lookup of the known ones. */
  async of(templateIds: readonly (string | null)[]): Promise<(templateId: string) => string> {
    for (const templateId of new Set(templateIds)) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a cache; a title looked up again is the same, null finds none
      if (templateId === null || this.known.has(templateId)) continue;
      const ids = [this.tenant, PLATFORM_TENANT].map((owner) => templateKey(owner, templateId));
      const [doc] = await this.reads.getMany<TemplateDoc>(templatesProjection.name, TEMPLATES, ids);
      this.known.set(templateId, doc?.title ?? templateId);
    }
    return (templateId) => this.known.get(templateId) ?? templateId;
  }
}
