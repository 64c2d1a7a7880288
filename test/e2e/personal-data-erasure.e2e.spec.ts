import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type BuiltService, exited, healthy, startBuiltService } from '../support/built-service';
import { filesHolding } from '../support/files-holding';
import { token } from '../support/test-app';
import { serviceCalls } from '../support/service-calls';

const DAY = 86_400_000;
const NAME = 'Zoë Erasmus-Quintero';
const EMAIL = 'zoe.quintero@erase.example';
const OTHER = 'Bartholomew Keepme';

/** Every file under `dir` holding one of `needles`, with the needle it holds. */
const filesHoldingAny = (dir: string, needles: readonly string[]): string[] =>
  needles.flatMap((needle) => filesHolding(dir, needle).map((file) => `${file}: ${needle}`));

/**
 * A learner's erasure as an admin and the learner's public verifiers see it, on the compiled
 * service over real HTTP: before, everything about them can be exported; after, their name and
 * e-mail are in no answer, file, page or log line, and in no byte under DATA_DIR.
 */
describe('[R-personal-data] Erasing a learner’s personal data', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'erasure-'));
  let service: BuiltService;
  let admin: string;
  let operator: string;

  const { call, ok, eventually } = serviceCalls(() => service.url);

  beforeAll(async () => {
    service = await startBuiltService(dataDir, { TEST_CLOCK: '1', LOG_LEVEL: 'debug' });
    await healthy(service);
    admin = await token('acme', 'admin');
    operator = await token('platform', 'operator');
  }, 60_000);
  afterAll(async () => {
    if (service.child.exitCode === null) {
      service.child.kill('SIGKILL');
      await exited(service.child);
    }
  });

  let certificateId: string;
  let reportId: string;

  it('exports everything held about the learner before', async () => {
    await ok(
      call('PUT', '/api/v1/tenants/acme/features/certificates', operator, { enabled: true }),
    );
    await ok(
      call('POST', '/api/v1/trainings', admin, {
        trainingId: 't1',
        type: 'course',
        title: 'Forklifts',
      }),
    );
    await ok(
      call('PUT', '/api/v1/trainings/t1/certificate', admin, {
        templateId: 'classic-en',
        version: 1,
      }),
    );
    await ok(call('PUT', '/api/v1/learners/zoe', admin, { name: NAME, email: EMAIL }));
    await ok(
      call('PUT', '/api/v1/learners/bart', admin, { name: OTHER, email: 'bart@keep.example' }),
    );
    for (const learner of ['zoe', 'bart']) {
      await ok(call('POST', '/api/v1/trainings/t1/enrollments', admin, { learnerId: learner }));
      await ok(call('POST', `/api/v1/trainings/t1/learners/${learner}/completion`, admin, {}));
    }
    const zoe = await token('acme', 'learner', { sub: 'zoe' });
    certificateId = (await ok(call('POST', '/api/v1/me/learning-records/t1/certificate', zoe))).json
      .certificateId;
    const generated = await eventually(
      () => call('GET', `/api/v1/public/certificates/${certificateId}`, null),
      (answer) => answer.status === 200,
    );
    expect(generated.json).toMatchObject({ status: 'valid', learner: { name: NAME } });
    // The next day, so the report's cut-off shows both learners.
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
    expect(report.text).toContain(NAME);

    const exported = await eventually(
      () => call('GET', '/api/v1/learners/zoe/personal-data', admin),
      (answer) => answer.json?.reports?.length === 1,
    );

    expect(exported.status).toBe(200);
    expect(exported.json).toMatchObject({
      learnerId: 'zoe',
      erased: false,
      profile: { name: NAME, email: EMAIL },
      enrolments: [{ trainingId: 't1', progress: 100, completedAt: expect.any(String) }],
      certificates: [
        {
          certificateId,
          number: expect.stringMatching(/^ACME-\d{4}-\d{6}$/),
          trainingId: 't1',
          status: 'generated',
          file: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        },
      ],
      reports: [{ reportId, trainingId: 't1' }],
    });
    // The scan below can find the name: it is in the files now.
    expect(filesHoldingAny(dataDir, [NAME]).length).toBeGreaterThan(0);
  }, 120_000);

  it('after the erasure, the name and e-mail are in no answer, file or page, and history stays', async () => {
    const before = (await ok(call('GET', '/api/v1/learners/zoe/personal-data', admin))).json;
    expect(before.erased).toBe(false);
    await ok(call('GET', `/api/v1/public/certificates/${certificateId}/credential`, null));
    await ok(call('GET', '/api/v1/trainings/t1/learners/zoe/certificate', admin));

    // When: an admin erases the learner, twice
    const first = await ok(
      call('DELETE', '/api/v1/learners/zoe', admin, { reason: 'Ticket 4711' }),
    );
    const second = await ok(call('DELETE', '/api/v1/learners/zoe', admin));

    // Then: the second is a no-op answering the same position
    expect(second.json.position).toBe(first.json.position);
    const history = await eventually(
      () => call('GET', `/api/v1/reports/${reportId}`, admin),
      (answer) => typeof answer.json?.redactedAt === 'string',
    );
    expect(history.json).toMatchObject({ status: 'done', redactedAt: expect.any(String) });

    const exported = await ok(call('GET', '/api/v1/learners/zoe/personal-data', admin));
    expect(exported.json).toEqual({ learnerId: 'zoe', erased: true, erasedAt: expect.any(String) });

    const publicFacts = await ok(call('GET', `/api/v1/public/certificates/${certificateId}`, null));
    expect(publicFacts.json).toMatchObject({ status: 'erased', learner: null });
    const page = await ok(call('GET', `/verify/${certificateId}?lang=en`, null));
    expect(page.text).toContain('Erased');
    expect(
      (await call('GET', `/api/v1/public/certificates/${certificateId}/credential`, null)).status,
    ).toBe(404);
    expect((await call('GET', '/api/v1/trainings/t1/learners/zoe/certificate', admin)).status).toBe(
      404,
    );

    const report = await ok(call('GET', `/api/v1/reports/${reportId}/file`, admin));
    const rows = parse<Record<string, string>>(report.text, { bom: true, columns: true });
    expect(rows.map((row) => Object.values(row).slice(0, 3))).toEqual([
      ['bart', OTHER, 'bart@keep.example'],
      ['zoe', '[erased]', '[erased]'],
    ]);

    const auditor = await token('acme', 'auditor');
    const day = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const answers = [
      await call('GET', '/api/v1/audit/events?limit=1000', auditor),
      await call('GET', `/api/v1/audit/trainings/t1/progress-report?asOf=${day}`, auditor),
      await call('GET', '/api/v1/trainings/t1/certificates', admin),
      publicFacts,
      page,
      report,
    ];
    for (const answer of answers) {
      expect(answer.text).not.toContain(NAME);
      expect(answer.text).not.toContain(EMAIL);
    }
    // History stays under the pseudonymous id: the learner's progress and completion.
    expect(answers[0]!.json.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining([
        'LearnerProfileRecorded',
        'TrainingCompleted',
        'LearnerPersonalDataErased',
      ]),
    );
    const refused = await call('PUT', '/api/v1/learners/zoe', admin, { name: NAME, email: EMAIL });
    expect({ status: refused.status, code: refused.json?.code }).toEqual({
      status: 409,
      code: 'learner-erased',
    });
  }, 120_000);

  it('leaves no byte of the name or e-mail under DATA_DIR, nor in the logs', async () => {
    service.child.kill('SIGTERM');
    expect((await exited(service.child)).code).toBe(0);

    expect(filesHoldingAny(dataDir, [NAME, EMAIL])).toEqual([]);
    // The other learner was not erased: the scan still finds them.
    expect(filesHoldingAny(dataDir, [OTHER]).length).toBeGreaterThan(0);
    const logs = service.stdout() + service.stderr();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(NAME);
    expect(logs).not.toContain(EMAIL);
  }, 60_000);
});
