import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyEvent } from '../../../src/events/any-event';
import { PLATFORM_TENANT } from '../../../src/core/stream-names';
import type { EventToAppend } from '../../../src/event-store/event-store';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { rebuildProjections } from '../../../src/projections/engine/rebuild';
import type { ReadStore } from '../../../src/read-store/read-store';
import { SqliteReadStore } from '../../../src/read-store/sqlite/sqlite-read-store';
import { ReadModels } from '../../../src/read/read-models';
import { templatesProjection } from '../../../src/read/templates/templates.projection';
import {
  lastPassedCutoff,
  progressReportRows,
  type ProgressReportRow,
} from '../../../src/read/progress-report/progress-report-rows';
import {
  progressReportProjection,
  REPORT_PROFILES,
  REPORT_ROWS,
} from '../../../src/read/progress-report/progress-report.projection';
import { activeGeneration, physicalName } from '../../../src/projections/engine/generations';

/** The log as a list of (time, tenant, event); appended in this order, one stream each. */
type Entry = readonly [occurredAt: string, tenant: string, event: AnyEvent];

const recorded = ([occurredAt, tenant, event]: Entry): EventToAppend => ({
  ...event,
  eventId: randomUUID(),
  metadata: {
    ...{ tenant, actor: { id: 'someone', roles: ['admin'] }, occurredAt, command: 'Given' },
    ...{ commandId: randomUUID(), correlationId: 'c', causationId: 'c', eventVersion: 1 },
  },
});

const template = (owner: string, templateId: string, title: string): Entry => [
  '2026-03-02T08:00:00.000Z',
  owner,
  {
    type: 'CertificateTemplateCreated',
    data: {
      ...{ templateId, kind: 'classic', title, language: 'en' },
      ...{ ownerTenantId: null, createdBy: 'system', createdAt: '2026-03-02T08:00:00.000Z' },
    },
  },
];
const profile = (at: string, learnerId: string, name: string, tenant = 'acme'): Entry => [
  at,
  tenant,
  { type: 'LearnerProfileRecorded', data: { learnerId, name, email: `${learnerId}@example.com` } },
];
const enrolled = (at: string, learnerId: string, trainingId = 't1', tenant = 'acme'): Entry => [
  at,
  tenant,
  { type: 'LearnerEnrolled', data: { trainingId, learnerId, enrolledAt: at } },
];
const progressed = (at: string, learnerId: string, percent: number): Entry => [
  at,
  'acme',
  { type: 'LearningProgressRecorded', data: { trainingId: 't1', learnerId, percent } },
];
const completed = (at: string, learnerId: string): Entry => [
  at,
  'acme',
  {
    type: 'TrainingCompleted',
    data: { trainingId: 't1', learnerId, completedAt: at, score: null },
  },
];
const requested = (at: string, learnerId: string, templateId: string, version: number): Entry => [
  at,
  'acme',
  {
    type: 'CertificateGenerationRequested',
    data: {
      ...{ certificateId: `${learnerId}-cert`, trainingId: 't1', learnerId, templateId, version },
      ...{ requestedAt: at, requestedBy: learnerId, firstGeneratedAt: at },
    },
  },
];
const marker = (day: string): Entry => [
  `${day}T00:00:00.000Z`,
  PLATFORM_TENANT,
  { type: 'DailyCutoffPassed', data: { cutoff: `${day}T00:00:00.000Z`, day } },
];

const row = (userId: string, state: Partial<ProgressReportRow> = {}): ProgressReportRow => ({
  userId,
  name: '',
  email: '',
  enrolledAt: '2026-03-02T09:00:00.000Z',
  progress: 0,
  status: 'not-started',
  completedAt: null,
  certificate: null,
  certificateVersion: null,
  certificateDownloadDate: null,
  certificateValidUntil: null,
  cycle: 1,
  ...state,
});

// Each test gets its own log and read store, both real SQLite files.
let events: SqliteEventStore;
let store: SqliteReadStore;
let reads: ReadModels;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-rows-'));
  events = new SqliteEventStore(join(dir, 'events.sqlite'), 10);
  store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
  reads = new ReadModels(store);
});
afterEach(async () => {
  await store.close();
  await events.close();
});

/** Appends the entries, one stream each, and builds the report's read models from the log. */
async function given(log: readonly Entry[]) {
  for (const entry of log)
    await events.append(`given-acme:${randomUUID()}`, [recorded(entry)], 'no-stream');
  await rebuildProjections(events, store, [progressReportProjection, templatesProjection]);
}

describe('The progress report rows, as of a daily cut-off', () => {
  const rowsAsOf = async (day: string, tenant = 'acme', trainingId = 't1') => {
    const rows: ProgressReportRow[] = [];
    for await (const one of progressReportRows(store, reads, tenant, trainingId, day))
      rows.push(one);
    return rows;
  };

  const history: readonly Entry[] = [
    template(PLATFORM_TENANT, 'classic-en', 'Classic certificate'),
    template('acme', 'own', 'Our own certificate'),
    profile('2026-03-02T09:00:00.000Z', 'ann', 'Ann'),
    profile('2026-03-02T09:00:00.000Z', 'bob', '=Bob'),
    enrolled('2026-03-02T09:00:00.000Z', 'carl'),
    enrolled('2026-03-02T09:00:00.000Z', 'bob'),
    enrolled('2026-03-02T09:00:00.000Z', 'ann'),
    enrolled('2026-03-02T09:00:00.000Z', 'dave', 't2'),
    enrolled('2026-03-02T09:00:00.000Z', 'ann', 't1', 'globex'),
    profile('2026-03-02T09:00:00.000Z', 'ann', 'Ann of Globex', 'globex'),
    progressed('2026-03-02T10:00:00.000Z', 'ann', 40),
    completed('2026-03-02T11:00:00.000Z', 'bob'),
    requested('2026-03-02T12:00:00.000Z', 'bob', 'classic-en', 2),
    marker('2026-03-03'),
    progressed('2026-03-03T10:00:00.000Z', 'ann', 80),
    profile('2026-03-03T10:00:00.000Z', 'ann', 'Ann Other'),
    enrolled('2026-03-03T10:00:00.000Z', 'erin'),
    completed('2026-03-03T11:00:00.000Z', 'erin'),
    requested('2026-03-03T12:00:00.000Z', 'erin', 'own', 1),
    marker('2026-03-04'),
    requested('2026-03-04T10:00:00.000Z', 'carl', 'ghost', 3),
  ];

  it("shows each enrolled learner of the training once, by learner id, as at that day's cut-off", async () => {
    await given(history);

    expect(await rowsAsOf('2026-03-03')).toEqual([
      row('ann', {
        ...{ name: 'Ann', email: 'ann@example.com', progress: 40, status: 'in-progress' },
      }),
      row('bob', {
        ...{ name: '=Bob', email: 'bob@example.com', progress: 100, status: 'completed' },
        ...{ completedAt: '2026-03-02T11:00:00.000Z', certificate: 'Classic certificate' },
        ...{ certificateVersion: 2, certificateDownloadDate: '2026-03-02T12:00:00.000Z' },
      }),
      row('carl'),
    ]);
  });

  it('shows what was recorded before the next cut-off from that cut-off on, names included', async () => {
    await given(history);

    const rows = await rowsAsOf('2026-03-04');
    expect(rows.map((r) => r.userId)).toEqual(['ann', 'bob', 'carl', 'erin']);
    expect(rows[0]).toMatchObject({ name: 'Ann Other', progress: 80, status: 'in-progress' });
    expect(rows[3]).toEqual(
      row('erin', {
        ...{ enrolledAt: '2026-03-03T10:00:00.000Z', progress: 100, status: 'completed' },
        ...{ completedAt: '2026-03-03T11:00:00.000Z', certificate: 'Our own certificate' },
        ...{ certificateVersion: 1, certificateDownloadDate: '2026-03-03T12:00:00.000Z' },
      }),
    );
    // Recorded after the last marker: not in any report yet.
    expect(rows[2]).toEqual(row('carl'));
  });

  it('[R-personal-data] says [erased] for an erased learner as of every cut-off, and no name for a profile not shown yet', async () => {
    const erased: Entry = [
      '2026-03-04T12:00:00.000Z',
      'acme',
      {
        type: 'LearnerPersonalDataErased',
        data: {
          learnerId: 'ann',
          erasedAt: '2026-03-04T12:00:00.000Z',
          erasedBy: 'a',
          reason: null,
        },
      },
    ];
    await given([
      ...history,
      profile('2026-03-04T11:00:00.000Z', 'carl', 'Carl'),
      erased,
      marker('2026-03-05'),
    ]);

    for (const day of ['2026-03-03', '2026-03-04', '2026-03-05'])
      expect((await rowsAsOf(day))[0]).toMatchObject({
        userId: 'ann',
        name: '[erased]',
        email: '[erased]',
      });
    expect((await rowsAsOf('2026-03-04'))[2]).toMatchObject({
      userId: 'carl',
      name: '',
      email: '',
    });
    expect((await rowsAsOf('2026-03-05'))[2]).toMatchObject({ userId: 'carl', name: 'Carl' });
  });

  it('reads rows and profiles stored with their null fields (as they were stored before) as it reads them without', async () => {
    await given(history);
    const asStored = await rowsAsOf('2026-03-04');
    const generation = await activeGeneration(store, progressReportProjection.name);
    const table = (name: string) => `"c_${physicalName(name, generation!)}"`;
    const db = new DatabaseSync(join(dir, 'read-models.sqlite'));
    const nullable = ['enrolledAt', 'completedAt', 'templateId', 'version']
      .concat(['certificateDownloadDate', 'certificateValidUntil'])
      .map((field) => `'$.${field}', NULL`);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const withNull = (name: string, field: string) =>
      count(`SELECT count(*) AS n FROM ${table(name)} WHERE doc LIKE '%"${field}":null%'`);
    expect([withNull(REPORT_ROWS, 'templateId'), withNull(REPORT_PROFILES, 'erasedAt')]).toEqual([
      0, 0,
    ]);
    db.exec(`UPDATE ${table(REPORT_ROWS)} SET doc = json_insert(doc, ${nullable.join(', ')})`);
    db.exec(`UPDATE ${table(REPORT_PROFILES)} SET doc = json_insert(doc, '$.erasedAt', NULL)`);
    expect(withNull(REPORT_ROWS, 'templateId')).toBeGreaterThan(0);
    expect(withNull(REPORT_PROFILES, 'erasedAt')).toBeGreaterThan(0);
    db.close();

    expect(await rowsAsOf('2026-03-04')).toEqual(asStored);
  });

  it("names a certificate whose template is unknown by the template's id", async () => {
    await given([...history, marker('2026-03-05')]);
    const rows = await rowsAsOf('2026-03-05');
    expect(rows.map((r) => r.certificate)).toEqual([
      null,
      'Classic certificate',
      'ghost',
      'Our own certificate',
    ]);
  });

  it('shows nothing as of the day the log began: no cut-off has passed since', async () => {
    await given(history);
    expect(await rowsAsOf('2026-03-02')).toEqual([]);
  });

  it("keeps other trainings and other tenants' learners and names out", async () => {
    await given(history);
    expect((await rowsAsOf('2026-03-03', 'acme', 't2')).map((r) => r.userId)).toEqual(['dave']);
    const globex = await rowsAsOf('2026-03-03', 'globex');
    expect(globex.map((r) => [r.userId, r.name])).toEqual([['ann', 'Ann of Globex']]);
  });

  it('has no rows before the read model exists', async () => {
    expect(await rowsAsOf('2026-03-03')).toEqual([]);
  });

  it('keeps every learner of a training larger than one batch, once and in order', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `l${String(i).padStart(4, '0')}`);
    const at = '2026-03-02T09:00:00.000Z';
    await events.append(
      'given-acme:many',
      ids.flatMap((id) => [recorded(profile(at, id, `Name ${id}`)), recorded(enrolled(at, id))]),
      'no-stream',
    );
    await given([marker('2026-03-03')]);

    const rows = await rowsAsOf('2026-03-03');
    expect(rows.map((r) => r.userId)).toEqual(ids);
    expect(rows.every((r) => r.name === `Name ${r.userId}`)).toBe(true);
  });
});

describe("The names on a page of rows, among the tenant's other learners", () => {
  const at = '2026-03-02T09:00:00.000Z';
  const rowsAsOf = async (tenant: string) => {
    const rows: ProgressReportRow[] = [];
    for await (const one of progressReportRows(store, reads, tenant, 't1', '2026-03-03'))
      rows.push(one);
    return rows.map((r) => [r.userId, r.name]);
  };

  it('finds each learner once others lie between them, the walk by id cut short', async () => {
    // The page's profiles are walked by id from its first learner to its last: 200 learners of
    // the tenant who are not in the training lie between b and d.
    const others = Array.from({ length: 200 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    await given([
      ...['b', 'd', 'f'].flatMap((id) => [profile(at, id, `Name ${id}`), enrolled(at, id)]),
      ...others.map((id) => profile(at, id, `Other ${id}`)),
      marker('2026-03-03'),
    ]);
    expect(await rowsAsOf('acme')).toEqual([
      ['b', 'Name b'],
      ['d', 'Name d'],
      ['f', 'Name f'],
    ]);
  });

  it("never takes another tenant's profile whose id sorts among the page's", async () => {
    // 'acme:c:d' lies between 'acme:b' and 'acme:d', and names a learner d of tenant acme:c.
    await given([
      ...['b', 'd'].map((id) => enrolled(at, id)),
      profile(at, 'b', 'Name b'),
      profile(at, 'd', 'Intruder', 'acme:c'),
      marker('2026-03-03'),
    ]);
    expect(await rowsAsOf('acme')).toEqual([
      ['b', 'Name b'],
      ['d', ''],
    ]);
  });
});

describe('The progress report rows of a training larger than one page of row versions', () => {
  const rowsAsOf = async (day: string) => {
    const rows: ProgressReportRow[] = [];
    for await (const one of progressReportRows(store, reads, 'acme', 't1', day)) rows.push(one);
    return rows;
  };
  // One learner first, then 600 with two versions each: the page of 1,000 versions ends between
  // the two versions of the 500th.
  const ids = Array.from({ length: 600 }, (_, i) => `l${String(i).padStart(4, '0')}`);
  const day1 = '2026-03-02T09:00:00.000Z';
  const day2 = '2026-03-03T09:00:00.000Z';
  const log = (entries: readonly Entry[]) =>
    events.append(`given-acme:${randomUUID()}`, entries.map(recorded), 'no-stream');

  it("takes each learner's version as of the day, their versions on two pages or one", async () => {
    await log([enrolled(day1, 'a000'), ...ids.map((id) => enrolled(day1, id))]);
    await log([marker('2026-03-03'), ...ids.map((id) => progressed(day2, id, 40))]);
    await given([marker('2026-03-04')]);

    const before = await rowsAsOf('2026-03-03');
    const after = await rowsAsOf('2026-03-04');
    expect(after.map((r) => r.userId)).toEqual(['a000', ...ids]);
    expect(before.map((r) => r.userId)).toEqual(['a000', ...ids]);
    expect(after.slice(1).filter((r) => r.progress !== 40)).toEqual([]);
    expect(before.filter((r) => r.progress !== 0)).toEqual([]);
  });

  it('ends with the last learner when the versions fill whole pages exactly', async () => {
    const learners = Array.from({ length: 1000 }, (_, i) => `m${String(i).padStart(4, '0')}`);
    await log(learners.map((id) => enrolled(day1, id)));
    await given([marker('2026-03-03')]);

    expect((await rowsAsOf('2026-03-03')).map((r) => r.userId)).toEqual(learners);
  });
});

describe('The last cut-off a report can be taken at', () => {
  const lastCutoffAfter = async (log: readonly Entry[]) => {
    await given(log);
    return lastPassedCutoff(reads, events);
  };

  it('is none on an empty log', async () => {
    expect(await lastCutoffAfter([])).toBeNull();
  });

  it('is the day the log began until the first marker', async () => {
    const log = [
      enrolled('2026-03-02T09:00:00.000Z', 'ann'),
      progressed('2026-03-03T09:00:00.000Z', 'ann', 5),
    ];
    expect(await lastCutoffAfter(log)).toBe('2026-03-02');
  });

  it("is the latest marker's day once there are markers", async () => {
    const log = [
      enrolled('2026-03-02T09:00:00.000Z', 'ann'),
      marker('2026-03-03'),
      marker('2026-03-04'),
    ];
    expect(await lastCutoffAfter(log)).toBe('2026-03-04');
  });
});

describe("The names of a report's rows, read on the read store's thread", () => {
  /** The same store, its thread hidden: the names are read here, as a store without one reads them. */
  const withoutThread = (real: SqliteReadStore): ReadStore =>
    Object.assign(Object.create(real) as ReadStore, { onThread: undefined });
  const rowsAsOf = async (from: ReadStore, day: string) => {
    const rows: ProgressReportRow[] = [];
    for await (const one of progressReportRows(from, new ReadModels(from), 'acme', 't1', day))
      rows.push(one);
    return rows;
  };

  it('[R-personal-data] are the names read here: changed, not shown yet, erased, of other tenants, across pages', async () => {
    const at = '2026-03-02T09:00:00.000Z';
    const ids = Array.from({ length: 1500 }, (_, i) => `l${String(i).padStart(4, '0')}`);
    const erased = (learnerId: string): Entry => [
      '2026-03-03T12:00:00.000Z',
      'acme',
      {
        type: 'LearnerPersonalDataErased',
        data: { learnerId, erasedAt: '2026-03-03T12:00:00.000Z', erasedBy: 'a', reason: null },
      },
    ];
    await events.append(
      'given-acme:many',
      ids.flatMap((id, i) => [
        ...(i % 7 === 3 ? [] : [recorded(profile(at, id, `Name ${id}`))]),
        recorded(enrolled(at, id)),
        ...(i % 11 === 5 ? [recorded(profile(at, `${id}x`, `Other ${id}`))] : []),
        ...(i % 13 === 0 ? [recorded(profile(at, String(i), 'Intruder', 'acme:l0'))] : []),
      ]),
      'no-stream',
    );
    await given([
      marker('2026-03-03'),
      profile('2026-03-03T10:00:00.000Z', 'l0011', 'Renamed'),
      profile('2026-03-03T10:00:00.000Z', 'l0003', 'Late'),
      erased('l0020'),
      erased('l1499'),
      marker('2026-03-04'),
    ]);

    expect(store.onThread).toBeDefined();
    for (const day of ['2026-03-03', '2026-03-04']) {
      const onThread = await rowsAsOf(store, day);
      expect(onThread).toHaveLength(ids.length);
      expect(onThread).toEqual(await rowsAsOf(withoutThread(store), day));
    }
    const names = (rows: readonly ProgressReportRow[]) =>
      Object.fromEntries(rows.map((r) => [r.userId, r.name]));
    const [before, after] = [
      names(await rowsAsOf(store, '2026-03-03')),
      names(await rowsAsOf(store, '2026-03-04')),
    ];
    expect([before.l0011, after.l0011, before.l0003, after.l0003]).toEqual([
      'Name l0011',
      'Renamed',
      '',
      'Late',
    ]);
    expect([before.l0020, after.l1499, after.l0017]).toEqual(['[erased]', '[erased]', '']);
  });
});
