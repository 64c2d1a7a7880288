import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnapshotManifest } from '../../src/backup/snapshot-manifest';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { OpenedEventLog } from '../../src/personal-data/opened-event-log';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { rebuildProjections } from '../../src/projections/engine/rebuild';
import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { independentVerifier } from '../credentials/independent-verifier';
import { type BuiltService, exited, healthy, startBuiltService } from '../support/built-service';
import { filesHolding } from '../support/files-holding';
import { snapshotReadModels } from '../support/read-model-snapshot';
import { serviceCalls } from '../support/service-calls';
import { token } from '../support/test-app';
import { EMBEDDED, integrityOf, logRows, runSnapshotCli } from './support';

const DAY = 86_400_000;
const ZOE = { name: 'Zoë Afterbackup-Erased', email: 'zoe.after@erase.example' };
const FLO = { name: 'Florian Duringbackup-Erased', email: 'flo.during@erase.example' };
const KEEPERS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
const LOADED = ['p1', 'p2', 'p3', 'p4'];
const keeperName = (id: string) => `Keeper Person ${id.toUpperCase()}`;
const PUBLIC_URL = 'https://certs.backup.example';

/**
 * Issue 24 on the compiled service and the compiled CLIs: a backup of the service while it
 * takes commands, renders certificates and erases a learner; a learner erased after the backup;
 * a restore over the same DATA_DIR (erasures from the installation it replaces) and one into an
 * empty DATA_DIR (erasures from the journal). Each restored DATA_DIR has every acknowledged
 * command up to the snapshot's position, every file its log names with its SHA-256, read models
 * equal to a rebuild, both erased learners erased again, and issuer keys that still verify.
 */
describe('[R-backup-erasures-reapplied] Backup and restore never bring an erased learner back', () => {
  const base = mkdtempSync(join(tmpdir(), 'backup-'));
  const dataDir = join(base, 'data');
  const journal = join(base, 'outside', 'erasures.jsonl');
  const snapshot = join(base, 'snapshot');
  const settings = {
    ...EMBEDDED,
    TEST_CLOCK: '1',
    PUBLIC_URL,
    LOG_LEVEL: 'debug',
    RATE_LIMIT_MAX: '0',
  };
  let service: BuiltService;
  let admin: string;
  let operator: string;
  let manifest: SnapshotManifest;
  let originalRows: ReturnType<typeof logRows>;
  const acknowledged: number[] = [];
  const certificates = new Map<string, string>();
  let keeperCredential: unknown;
  let reportId: string;

  const { call, ok, eventually } = serviceCalls(() => service.url, {
    timeoutMs: 60_000,
    onOk: (answer) => {
      if (answer.json?.position) acknowledged.push(Number(answer.json.position));
    },
  });
  const start = async (dir: string, extra: Record<string, string> = {}) => {
    service = await startBuiltService(dir, { ...settings, ...extra });
    await healthy(service, 60_000);
  };
  const stop = async () => {
    service.child.kill('SIGTERM');
    await exited(service.child);
  };
  const generate = async (learnerId: string) => {
    const answer = await ok(
      call('POST', `/api/v1/trainings/t1/learners/${learnerId}/certificate`, admin),
    );
    certificates.set(learnerId, answer.json.certificateId);
    return answer.json.certificateId as string;
  };
  const generated = (certificateId: string) =>
    eventually(
      () => call('GET', `/api/v1/public/certificates/${certificateId}`, null),
      (answer) => answer.status === 200,
    );

  beforeAll(async () => {
    await start(dataDir, { ERASURE_JOURNAL: journal });
    admin = await token('acme', 'admin');
    operator = await token('platform', 'operator');
  }, 90_000);
  afterAll(async () => {
    if (service.child.exitCode === null && service.child.signalCode === null) {
      service.child.kill('SIGKILL');
      await exited(service.child);
    }
  });

  it('backs up the running service under load, with an erasure in flight', async () => {
    await ok(
      call('PUT', '/api/v1/tenants/acme/features/certificates', operator, { enabled: true }),
    );
    await ok(
      call('POST', '/api/v1/trainings', admin, {
        trainingId: 't1',
        type: 'course',
        title: 'Cranes',
      }),
    );
    await ok(
      call('PUT', '/api/v1/trainings/t1/certificate', admin, {
        templateId: 'classic-en',
        version: 1,
      }),
    );
    const people = [
      ['zoe', ZOE],
      ['flo', FLO],
      ...KEEPERS.map((id) => [id, { name: keeperName(id), email: `${id}@keep.example` }] as const),
    ] as const;
    for (const [learnerId, profile] of people) {
      await ok(call('PUT', `/api/v1/learners/${learnerId}`, admin, profile));
      await ok(call('POST', '/api/v1/trainings/t1/enrollments', admin, { learnerId }));
      await ok(call('POST', `/api/v1/trainings/t1/learners/${learnerId}/completion`, admin, {}));
    }
    // Learners still in progress, whose progress the load below records
    for (const learnerId of LOADED)
      await ok(call('POST', '/api/v1/trainings/t1/enrollments', admin, { learnerId }));
    for (const learnerId of ['zoe', 'flo', 'k1', 'k2']) await generated(await generate(learnerId));
    keeperCredential = (
      await ok(
        call('GET', `/api/v1/public/certificates/${certificates.get('k1')}/credential`, null),
      )
    ).json;
    // The next day, so a report lists everyone by name.
    const nextDay = Date.parse(new Date().toISOString().slice(0, 10)) + DAY;
    await ok(
      call('PUT', '/api/v1/test-clock', operator, {
        now: new Date(nextDay + 60_000).toISOString(),
      }),
    );
    reportId = (await ok(call('POST', '/api/v1/trainings/t1/reports/progress', admin))).json
      .reportId;
    const report = await eventually(
      () => call('GET', `/api/v1/reports/${reportId}/file`, admin),
      (answer) => answer.status === 200,
    );
    expect(report.text).toContain(ZOE.name);

    // When: commands and renders keep coming while the backup runs, and Flo is erased meanwhile
    let loading = true;
    const load = (async () => {
      const until = Date.now() + 90_000;
      for (let round = 0; loading && Date.now() < until; round++)
        for (const learnerId of LOADED)
          await ok(
            call('POST', `/api/v1/trainings/t1/learners/${learnerId}/progress`, admin, {
              percent: (round % 99) + 1,
            }),
          );
    })();
    const renders = Promise.all(['k3', 'k4', 'k5'].map(generate));
    const backup = runSnapshotCli('backup', snapshot, { DATA_DIR: dataDir });
    const floErased = ok(call('DELETE', '/api/v1/learners/flo', admin, { reason: 'Ticket 1' }));
    const done = await backup;
    const taken = JSON.parse(readFileSync(join(snapshot, 'manifest.json'), 'utf8'));
    await eventually(
      () => Promise.resolve(acknowledged.some((p) => p > Number(taken.logPosition))),
      Boolean,
    );
    loading = false;
    await Promise.all([load, renders, floErased]);

    // Then: a snapshot with its manifest, taken while all this went on
    expect(done).toMatchObject({ code: 0, stderr: '' });
    manifest = JSON.parse(readFileSync(join(snapshot, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 1,
      service: { name: 'certificates-service', version: expect.any(String) },
      logPosition: expect.stringMatching(/^\d+$/),
    });
    const paths = manifest.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'events.sqlite',
        'personal-data-keys.sqlite',
        `files/certificates/${certificates.get('zoe')}.pdf`,
        `files/reports/${reportId}.csv`,
        'issuer-keys/acme/key-000001.json',
      ]),
    );
    expect(paths.some((path) => path.startsWith('read-models'))).toBe(false);
    for (const db of ['events.sqlite', 'personal-data-keys.sqlite'])
      expect(integrityOf(join(snapshot, db))).toEqual([{ integrity_check: 'ok' }]);
    expect(acknowledged.filter((p) => p <= Number(manifest.logPosition)).length).toBeGreaterThan(
      20,
    );
    expect(acknowledged.some((p) => p > Number(manifest.logPosition))).toBe(true);
  }, 180_000);

  it('records the erasures made after the backup, outside DATA_DIR, with no name', async () => {
    await ok(call('DELETE', '/api/v1/learners/zoe', admin, {}));
    await eventually(
      () => Promise.resolve(existsSync(journal) ? readFileSync(journal, 'utf8') : ''),
      (text) => text.includes('"zoe"') && text.includes('"flo"'),
    );
    const lines = readFileSync(journal, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(
      expect.arrayContaining([
        { tenant: 'acme', learnerId: 'zoe', erasedAt: expect.any(String) },
        { tenant: 'acme', learnerId: 'flo', erasedAt: expect.any(String) },
      ]),
    );
    expect(readFileSync(journal, 'utf8')).not.toContain(ZOE.name);
    await eventually(
      () => call('GET', `/api/v1/reports/${reportId}`, admin),
      (answer) => typeof answer.json?.redactedAt === 'string',
    );
    await stop();
    originalRows = logRows(join(dataDir, 'events.sqlite'), Number(manifest.logPosition));
  }, 90_000);

  /** What both restores must show, on the restored DATA_DIR. */
  async function restoredAsPromised(dir: string) {
    const log = join(dir, 'events.sqlite');
    const position = Number(manifest.logPosition);
    // Every acknowledged command up to the snapshot's position, exactly as it was stored
    expect(logRows(log, position)).toEqual(originalRows);
    const positions = new Set(logRows(log).map((row) => row.position));
    for (const acked of acknowledged.filter((p) => p <= position))
      expect(positions).toContain(acked);

    // The erasures: both learners erased in the log, once each
    const erasures = logRows(log).filter((row) => row.type === 'LearnerPersonalDataErased');
    expect(erasures.map((row) => JSON.parse(row.data).learnerId).sort()).toEqual(['flo', 'zoe']);

    // Every file the log names (of a learner not erased) is there with its SHA-256
    const erased = new Set(['flo', 'zoe']);
    const namedFiles = logRows(log)
      .filter((row) => row.type === 'CertificateGenerated')
      .map((row) => JSON.parse(row.data))
      .filter((data) => !erased.has(data.learnerId));
    expect(namedFiles.length).toBeGreaterThanOrEqual(2);
    for (const data of namedFiles) {
      const pdf = readFileSync(join(dir, 'files/certificates', `${data.certificateId}.pdf`));
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(data.sha256);
    }

    // Read models equal a rebuild from the restored log
    const store = new SqliteEventStore(log);
    const keys = new SqlitePersonalDataKeys(join(dir, 'personal-data-keys.sqlite'));
    const live = new SqliteReadStore(join(dir, 'read-models.sqlite'));
    const fresh = new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'rebuild-')), 'r.sqlite'));
    try {
      await rebuildProjections(new OpenedEventLog(store, keys), fresh, ALL_PROJECTIONS);
      expect(await snapshotReadModels(live)).toEqual(await snapshotReadModels(fresh));
    } finally {
      await Promise.all([store.close(), keys.close(), live.close(), fresh.close()]);
    }

    // Neither erased learner's name or e-mail is in any file under DATA_DIR (a keeper's is)
    for (const needle of [ZOE.name, ZOE.email, FLO.name, FLO.email])
      expect(filesHolding(dir, needle)).toEqual([]);
    expect(filesHolding(dir, keeperName('k1')).length).toBeGreaterThan(0);

    // Nor in any answer or log line of the service started on it
    await start(dir);
    for (const learnerId of ['zoe', 'flo']) {
      const exported = await ok(call('GET', `/api/v1/learners/${learnerId}/personal-data`, admin));
      expect(exported.json).toMatchObject({ learnerId, erased: true });
      const facts = await ok(
        call('GET', `/api/v1/public/certificates/${certificates.get(learnerId)}`, null),
      );
      expect(facts.json).toMatchObject({ status: 'erased', learner: null });
    }
    const csv = await eventually(
      () => call('GET', `/api/v1/reports/${reportId}/file`, admin),
      (answer) => answer.status === 200,
    );
    expect(csv.text).toContain(keeperName('k1'));
    expect(csv.text).not.toContain(ZOE.name);

    // Issuer keys survive: the earlier credential verifies, a new one is signed by the same key
    const verifier = independentVerifier((url) => fetch(`${service.url}${url.pathname}`));
    const earlier = await verifier.verify(keeperCredential);
    expect(earlier.verified).toBe(true);
    const k6 = await generate('k6');
    await generated(k6);
    const fresh6 = (await ok(call('GET', `/api/v1/public/certificates/${k6}/credential`, null)))
      .json;
    // Issued on the test clock's day (tomorrow), so verified as of the day after.
    const verified = await verifier.verify(fresh6, new Date(Date.now() + 2 * DAY));
    expect(verified).toMatchObject({ verified: true });
    expect(fresh6.proof.verificationMethod).toBe(
      (keeperCredential as { proof: { verificationMethod: string } }).proof.verificationMethod,
    );
    await stop();
    const said = service.stdout() + service.stderr();
    for (const needle of [ZOE.name, ZOE.email, FLO.name, FLO.email])
      expect(said).not.toContain(needle);
  }

  it('restores over the same DATA_DIR, keeping the erasures it recorded since the backup', async () => {
    const restored = await runSnapshotCli('restore', snapshot, { DATA_DIR: dataDir });

    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toContain("from the replaced DATA_DIR's event log");
    expect(restored.stdout).toMatch(/appended again [12] erasures/);
    await restoredAsPromised(dataDir);
  }, 240_000);

  it('restores into an empty DATA_DIR, taking the erasures from the journal', async () => {
    const empty = join(base, 'elsewhere', 'data');

    const restored = await runSnapshotCli('restore', snapshot, {
      DATA_DIR: empty,
      ERASURE_JOURNAL: journal,
    });

    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toContain(`from the erasure journal (${journal})`);
    expect(restored.stdout).not.toContain("DATA_DIR's event log");
    await restoredAsPromised(empty);
  }, 240_000);
});
