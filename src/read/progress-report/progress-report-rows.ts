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
}

const BATCH = 1000;
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

/**
 * A training's rows as they stood at the cut-off of `day`, one learner at a time, ordered by
 * learner: versions stream out of the read store and only a batch of learners is held at once,
 * so memory stays flat however large the training.
 */
export async function* progressReportRows(
  store: ReadStore,
  reads: ReadModels,
  tenant: string,
  trainingId: string,
  day: string,
): AsyncGenerator<ProgressReportRow> {
  const generation = await activeGeneration(store, NAME);
  if (generation === null) return;
  const titles = new TemplateTitles(reads, tenant);
  let batch: RowVersion[] = [];
  let current: RowVersion | null = null;
  const rows = store.stream<RowVersion>(physicalName(REPORT_ROWS, generation), {
    where: { tenant, trainingId },
    orderBy: 'sortKey',
  });
  for await (const version of rows) {
    if (current && current.learnerId !== version.learnerId) {
      batch.push(current);
      current = null;
    }
    if (version.visibleFrom <= day) current = version;
    if (batch.length >= BATCH) {
      yield* withProfiles(store, generation, titles, tenant, batch, day);
      batch = [];
    }
  }
  if (current) batch.push(current);
  yield* withProfiles(store, generation, titles, tenant, batch, day);
}

async function* withProfiles(
  store: ReadStore,
  generation: number,
  titles: TemplateTitles,
  tenant: string,
  versions: readonly RowVersion[],
  day: string,
): AsyncGenerator<ProgressReportRow> {
  if (versions.length === 0) return;
  const docs = await store.getMany<LearnerProfileDoc>(
    physicalName(REPORT_PROFILES, generation),
    versions.map((v) => profileKey(tenant, v.learnerId)),
  );
  const profiles = new Map(docs.map((doc) => [doc.learnerId, profileAsOf(doc, day)]));
  for (const row of versions) {
    const profile = profiles.get(row.learnerId);
    yield {
      userId: row.learnerId,
      name: profile?.name ?? '',
      email: profile?.email ?? '',
      enrolledAt: row.enrolledAt,
      progress: row.progress,
      status:
        row.completedAt !== null ? 'completed' : row.progress > 0 ? 'in-progress' : 'not-started',
      completedAt: row.completedAt,
      certificate: row.templateId === null ? null : await titles.of(row.templateId),
      certificateVersion: row.version,
      certificateDownloadDate: row.certificateDownloadDate,
    };
  }
}

/** An erased learner's rows say so instead of a name; a learner with no profile yet has none. */
export const ERASED = '[erased]';

function profileAsOf(doc: LearnerProfileDoc, day: string): { name: string; email: string } {
  if (doc.erasedAt !== null) return { name: ERASED, email: ERASED };
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

  async of(templateId: string): Promise<string> {
    const cached = this.known.get(templateId);
    if (cached !== undefined) return cached;
    const ids = [this.tenant, PLATFORM_TENANT].map((owner) => templateKey(owner, templateId));
    const [doc] = await this.reads.getMany<TemplateDoc>(templatesProjection.name, TEMPLATES, ids);
    const title = doc?.title ?? templateId;
    this.known.set(templateId, title);
    return title;
  }
}
