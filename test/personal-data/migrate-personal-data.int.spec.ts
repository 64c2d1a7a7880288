import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { loadConfig } from '../../src/config/config';
import { EventSchemas } from '../../src/event-store/event-schemas';
import { openEventStore } from '../../src/event-store/open-event-store';
import {
  countProfilesInTheClear,
  sealProfilesInPlace,
} from '../../src/event-store/sqlite/profiles-in-the-clear';
import { sealUnderLearnerKeys } from '../../src/personal-data/seal-under-learner-keys';
import { ROOT } from '../support/built-service';
import { filesHolding } from '../support/files-holding';
import { sampleEvent } from '../support/sample-events';
import {
  learnerStream,
  type Person,
  person,
  profileRecorded,
  protectedLog,
} from './support/protected-log';

const LEARNERS = 300;

/** Runs the built `npm run migrate:personal-data` on `dataDir`. */
function migrate(dataDir: string, settings: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli/migrate-personal-data.js')], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      EVENT_STORE: 'sqlite',
      READ_STORE: 'sqlite',
      ...settings,
    },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Row {
  readonly position: number;
  readonly event_id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/** Every row of the log as stored, in position order, with its event version. */
function rows(file: string) {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (
      db
        .prepare('SELECT position, event_id, stream, revision, type, data, metadata FROM events')
        .all() as unknown as Row[]
    ).map((row) => ({
      ...row,
      version: (JSON.parse(row.metadata) as { eventVersion: number }).eventVersion,
    }));
  } finally {
    db.close();
  }
}

/**
 * A log as a version before encryption left it: profiles in the clear (v1), appended through
 * schema validation only, among other events; one learner renamed, one erased by the new
 * version before the migration ran, one recorded by the new version (sealed already).
 */
async function oldLog(dir: string) {
  const log = protectedLog(dir);
  const people: Person[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const learner = person();
    people.push(learner);
    await log.checked.append(learnerStream(learner), [profileRecorded(learner)], 'no-stream');
    const enrolled = sampleEvent('LearnerEnrolled', {
      trainingId: 't1',
      learnerId: learner.learnerId,
      enrolledAt: new Date().toISOString(),
    });
    await log.checked.append(`enrollment-acme:t1:${learner.learnerId}`, [enrolled], 'no-stream');
  }
  const [renamed, erased] = [people[7]!, people[8]!];
  const newName = { ...renamed, name: `${renamed.name} Jr`, email: `jr.${renamed.email}` };
  await log.checked.append(learnerStream(renamed), [profileRecorded(newName)], 0n);
  await log.keys.destroy(erased, '2026-03-01T10:00:00.000Z');
  const modern = person();
  await log.store.append(learnerStream(modern), [profileRecorded(modern)], 'no-stream');
  return { log, people, renamed: newName, erased, modern };
}

const personalBytes = (people: readonly Person[]) => people.flatMap((p) => [p.name, p.email]);

describe('npm run migrate:personal-data', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'migrate-personal-data-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('seals every profile stored in the clear in place, leaving no name in any file, and finds nothing the second time', async () => {
    const { log, people, renamed, erased, modern } = await oldLog(dir);
    await log.close();
    const clear = [...personalBytes(people), ...personalBytes([renamed])];
    // The scan can fail: before the migration every name is in the log's file.
    for (const bytes of clear) expect(filesHolding(dir, bytes)).toEqual(['events.sqlite']);
    const before = rows(join(dir, 'events.sqlite'));

    const first = migrate(dir);

    expect(first).toMatchObject({ status: 0 });
    expect(first.stdout).toContain(
      `Sealed ${LEARNERS + 1} learner profiles stored in the clear (1 of erased learners`,
    );
    const stray = clear.filter((bytes) => filesHolding(dir, bytes).length > 0);
    expect(stray).toEqual([]);
    const after = rows(join(dir, 'events.sqlite'));
    const place = ({ position, event_id, stream, revision, type }: (typeof after)[number]) => ({
      ...{ position, event_id, stream, revision, type },
    });
    expect(after.map(place)).toEqual(before.map(place));
    expect(
      after.filter((row) => row.type === 'LearnerProfileRecorded' && row.version !== 2),
    ).toEqual([]);
    const modernRow = (all: typeof after) =>
      all.find((row) => row.stream === learnerStream(modern));
    expect(modernRow(after)).toEqual(modernRow(before));
    expect(countProfilesInTheClear(join(dir, 'events.sqlite'))).toBe(0);

    const reopened = protectedLog(dir);
    try {
      const profile = async (p: Person) =>
        (await reopened.store.readStream(learnerStream(p))).map((event) => event.data);
      const zoe = people[0]!;
      expect(await profile(zoe)).toEqual([
        { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
      ]);
      expect(await profile(renamed)).toEqual([
        { learnerId: renamed.learnerId, name: people[7]!.name, email: people[7]!.email },
        { learnerId: renamed.learnerId, name: renamed.name, email: renamed.email },
      ]);
      expect(await profile(erased)).toEqual([
        { learnerId: erased.learnerId, name: null, email: null },
      ]);
      expect(await profile(modern)).toEqual([
        { learnerId: modern.learnerId, name: modern.name, email: modern.email },
      ]);
      expect(reopened.unreadable).toEqual([]);
    } finally {
      await reopened.close();
    }

    const second = migrate(dir);

    expect(second).toMatchObject({ status: 0 });
    expect(second.stdout).toContain('Sealed 0 learner profiles');
    expect(rows(join(dir, 'events.sqlite'))).toEqual(after);
  }, 120_000);

  it('runs beside the service: its open log reads the sealed profiles, and the WAL holds no name', async () => {
    const { log, people } = await oldLog(dir);
    try {
      const zoe = people[0]!;
      const sealer = sealUnderLearnerKeys(log.keys, EventSchemas.load());

      const sealed = await sealProfilesInPlace(log.file, sealer.seal);

      expect(sealed).toBe(LEARNERS + 1);
      expect(personalBytes(people).filter((bytes) => filesHolding(dir, bytes).length > 0)).toEqual(
        [],
      );
      expect((await log.store.readStream(learnerStream(zoe))).map((e) => e.data)).toEqual([
        { learnerId: zoe.learnerId, name: zoe.name, email: zoe.email },
      ]);
      const ana = person();
      await log.store.append(learnerStream(ana), [profileRecorded(ana)], 'no-stream');
      expect(filesHolding(dir, ana.name)).toEqual([]);
    } finally {
      await log.close();
    }
  }, 120_000);

  it('refuses on KurrentDB, saying what to do instead, and touches nothing', () => {
    const run = migrate(dir, {
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://localhost:1',
    });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Events in KurrentDB are immutable');
    expect(run.stderr).toContain('truncate-before ($tb)');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('has nothing to seal in a DATA_DIR without a log', () => {
    const run = migrate(join(dir, randomUUID()));
    expect(run).toMatchObject({ status: 0 });
    expect(run.stdout).toContain('nothing to seal');
  }, 60_000);
});

describe('the service at start-up', () => {
  it('warns once, with a count and no personal data, while profiles in the clear remain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-in-the-clear-'));
    try {
      const { log, people } = await oldLog(dir);
      await log.close();
      const config = loadConfig({ DATA_DIR: dir });
      const warnings: { details: Record<string, unknown>; message: string }[] = [];
      const warn = (details: Record<string, unknown>, message: string) =>
        warnings.push({ details, message });

      await (await openEventStore(config, warn)).close();
      expect(migrate(dir)).toMatchObject({ status: 0 });
      await (await openEventStore(config, warn)).close();

      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.details).toEqual({ profilesInTheClear: LEARNERS + 1 });
      expect(warnings[0]!.message).toContain('npm run migrate:personal-data');
      expect(JSON.stringify(warnings)).not.toContain(people[0]!.learnerId);
      const db = new DatabaseSync(join(dir, 'events.sqlite'), { readOnly: true });
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE type = 'LearnerProfileRecorded' AND json_extract(metadata, '$.eventVersion') = 1`,
        )
        .all();
      db.close();
      expect(JSON.stringify(plan)).toContain('events_profiles_in_the_clear');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
