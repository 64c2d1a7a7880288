import {
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
import { activeGeneration, physicalName } from '../../projections/engine/generations';
import { siblingModule } from '../../core/module-thread';
import { documentsOf, type ReadStore } from '../../read-store/read-store';
import { type Names, type NamesAsked, type NamesText, run as namesOf } from './profile-names';

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
 * read store a page at a time, and at most two pages of learners are held at once (one being
 * named while the next is read), so memory stays flat however large the training. Writers that
 * take rows in bulk (the CSV) skip a hop per row.
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
  let ready: Promise<ProgressReportRow[]> | undefined;
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
    // This page's names are read (on the store's thread, where it has one) while the next
    // page's rows are; a page is yielded once its names are in.
    const next = withProfiles(store, generation, titles, tenant, complete, day);
    // Handled now, awaited below: the caller may stop before then, or the next read fail first.
    next.catch(() => undefined);
    if (ready) yield await ready;
    ready = next;
    if (page.length < PAGE) break;
    after = page.at(-1)!.sortKey;
  }
  yield await ready;
}

/** The module `profile-names` runs as a job, on the store's thread or here. */
const PROFILE_NAMES = siblingModule(__filename, 'profile-names');

/** The rows of `versions` (one per learner), with each learner's name and e-mail as of `day`. */
async function withProfiles(
  store: ReadStore,
  generation: number,
  titles: TemplateTitles,
  tenant: string,
  versions: readonly RowVersion[],
  day: string,
): Promise<ProgressReportRow[]> {
  const collection = physicalName(REPORT_PROFILES, generation);
  const asked: NamesAsked = {
    tenant,
    profileIds: versions.map((v) => profileKey(tenant, v.learnerId)),
    day,
  };
  const [namesText, titleOf] = await Promise.all([
    // Stryker disable next-line ConditionalExpression: a page without learners asks for no names either way
    versions.length === 0
      ? '[]'
      : store.onThread
        ? store.onThread<NamesText>(PROFILE_NAMES, collection, asked)
        : namesOf(documentsOf(store, collection), asked),
    titles.of(versions.map((v) => v.templateId ?? null)),
  ]);
  const names = JSON.parse(namesText) as Names;
  // A stored row leaves its null fields out (StoredRowState).
  return versions.map((row, i) => {
    const progress = row.progress ?? 0;
    const completedAt = row.completedAt ?? null;
    const templateId = row.templateId ?? null;
    return {
      userId: row.learnerId,
      name: names[2 * i]!,
      email: names[2 * i + 1]!,
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
