import { parse } from 'csv-parse/sync';
import { generationOutcome } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp, token } from '../support/test-app';

const HEADER =
  'User ID,Name,Email,Enrollment date,Progress (%),Status,Completion date,Certificate,Certificate version,Certificate download date,Certificate valid until,Cycle';
const DAY = 86_400_000;

describe('The progress report, refreshed at the daily cut-off', () => {
  let app: TestApp;
  let given: Scenario;
  let day1: number;
  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  const at = (day: number, hours = 0) =>
    new Date(day1 + (day - 1) * DAY + hours * 3_600_000).toISOString();
  const moveClock = async (now: string) =>
    given.ok(app.request('PUT', '/api/v1/test-clock', { token: given.operator, body: { now } }));

  async function exportReport(
    bearer = given.admin,
    trainingId = 'report-course',
  ): Promise<{ requested: Answer; csv: Buffer }> {
    const requested = await app.request(
      'POST',
      `/api/v1/trainings/${trainingId}/reports/progress`,
      { token: bearer },
    );
    expect(requested.status).toBe(202);
    const { reportId } = requested.body;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const report = await app.request('GET', `/api/v1/reports/${reportId}`, {
        token: bearer,
        headers: { 'x-consistent-with': String(await app.head()) },
      });
      if (report.body.status === 'done') break;
      expect(report.body.status).not.toBe('failed');
      if (Date.now() > deadline)
        throw new Error(`report ${reportId} is still ${report.body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const file = await app.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${reportId}/file`,
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    return { requested, csv: file.rawPayload };
  }

  const rowsOf = (csv: Buffer): Record<string, string>[] =>
    parse(csv, { bom: true, columns: true });

  it('[R-report-rows] [R-report-daily-cutoff] [R-report-export-async] [R-event-metadata-audit] shows each day the state as of its 00:00 UTC cut-off, and never changes a done report', async () => {
    // Day 1: A and B enrol; A completes and generates a certificate
    day1 = Date.parse(new Date().toISOString().slice(0, 10));
    await given.enableFeature();
    await given.createTraining('report-course', 'g1');
    await given.assign('report-course', 'classic-en', 1);
    for (const [learnerId, name] of [
      ['ana', 'Ana, "the first" Núñez'],
      ['bo', 'Bo\nØrsted 王小明'],
    ] as const) {
      await given.ok(
        app.request('PUT', `/api/v1/learners/${learnerId}`, {
          token: given.admin,
          body: { name, email: `${learnerId}@example.com` },
        }),
      );
      await given.enrol('report-course', learnerId);
    }
    await given.ok(
      app.request('POST', '/api/v1/trainings/report-course/learners/bo/progress', {
        token: given.admin,
        body: { percent: 40 },
      }),
    );
    await given.complete('report-course', 'ana');
    const generated = await given.generate('report-course', 'ana');
    await generationOutcome(app, generated.body.certificateId);

    // Day 2, 10:00: B completes; a report now shows day 2's cut-off: A done, B not yet
    await moveClock(at(2, 10));
    await given.complete('report-course', 'bo');
    const first = await exportReport();
    expect(first.requested.body).toMatchObject({ status: 'pending', cutoff: at(2) });
    expect(first.csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(first.csv.toString('utf8').slice(1).split('\r\n')[0]).toBe(HEADER);
    const firstRows = rowsOf(first.csv);
    const request = (await app.log()).find((e) => e.type === 'CertificateGenerationRequested')!;
    expect(firstRows).toEqual([
      {
        'User ID': 'ana',
        Name: 'Ana, "the first" Núñez',
        Email: 'ana@example.com',
        'Enrollment date': expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        'Progress (%)': '100',
        Status: 'completed',
        'Completion date': expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        Certificate: 'Classic certificate (English)',
        'Certificate version': '1',
        'Certificate download date': request.data.firstGeneratedAt,
        'Certificate valid until': '',
        Cycle: '1',
      },
      expect.objectContaining({
        'User ID': 'bo',
        Name: 'Bo\nØrsted 王小明',
        Status: 'in-progress',
        'Progress (%)': '40',
        'Completion date': '',
      }),
    ]);

    // Past the next midnight: a new report shows B completed; the first file is unchanged
    await moveClock(at(3, 0.01));
    const second = await exportReport();
    expect(rowsOf(second.csv)[1]).toMatchObject({
      'User ID': 'bo',
      Status: 'completed',
      'Progress (%)': '100',
    });
    const again = await app.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${first.requested.body.reportId}/file`,
      headers: { authorization: `Bearer ${given.admin}` },
    });
    expect(Buffer.compare(again.rawPayload, first.csv)).toBe(0);

    // As of day 2 and day 3, for auditors: the two states
    const auditor = await token('acme', 'auditor');
    const asOf = (day: string) =>
      app.request('GET', `/api/v1/audit/trainings/report-course/progress-report?asOf=${day}`, {
        token: auditor,
        headers: { 'x-consistent-with': String(second.requested.body.position) },
      });
    const day2 = await asOf(at(2).slice(0, 10));
    expect(day2.body).toMatchObject({ asOf: at(2).slice(0, 10), cutoff: at(2) });
    expect(day2.body.rows.map((r: { status: string }) => r.status)).toEqual([
      'completed',
      'in-progress',
    ]);
    const day3 = await asOf(at(3).slice(0, 10));
    expect(day3.body.rows.map((r: { status: string }) => r.status)).toEqual([
      'completed',
      'completed',
    ]);
    expect(day3.body.rows[0]).toMatchObject({
      userId: 'ana',
      certificate: 'Classic certificate (English)',
      certificateVersion: 1,
      certificateDownloadDate: request.data.firstGeneratedAt,
    });
    const csv = await app.app.inject({
      method: 'GET',
      url: `/api/v1/audit/trainings/report-course/progress-report?asOf=${at(3).slice(0, 10)}`,
      headers: { authorization: `Bearer ${auditor}`, accept: 'text/csv' },
    });
    expect(rowsOf(csv.rawPayload)).toEqual(rowsOf(second.csv));
    expect((await asOf(at(0).slice(0, 10))).body.rows).toEqual([]);
    expectProblem(await asOf(at(4).slice(0, 10)), 409, 'not-ready');

    // The history lists both, newest first
    const history = await app.request('GET', '/api/v1/reports?trainingId=report-course', {
      token: given.admin,
      headers: { 'x-consistent-with': String(await app.head()) },
    });
    expect(history.body.map((r: { reportId: string }) => r.reportId)).toEqual([
      second.requested.body.reportId,
      first.requested.body.reportId,
    ]);
    expect(history.body[1]).toMatchObject({
      trainingId: 'report-course',
      type: 'progress',
      status: 'done',
      requestedBy: 'admin-1',
      cutoff: at(2),
      rowCount: 2,
      completedAt: expect.any(String),
    });
  }, 120_000);

  it('[R-report-exporters] lets trainers and group admins export their groups, inspectors and admins all, learners never', async () => {
    await given.createTraining('other-group', 'g2');
    for (const role of ['trainer', 'group-admin'] as const) {
      const own = await token('acme', role, { groups: ['g1'] });
      expect(
        (
          await app.request('POST', '/api/v1/trainings/report-course/reports/progress', {
            token: own,
          })
        ).status,
      ).toBe(202);
      expectProblem(
        await app.request('POST', '/api/v1/trainings/other-group/reports/progress', { token: own }),
        403,
        'forbidden',
      );
    }
    for (const role of ['inspector', 'admin'] as const)
      expect(
        (
          await app.request('POST', '/api/v1/trainings/other-group/reports/progress', {
            token: await token('acme', role),
          })
        ).status,
      ).toBe(202);
    for (const role of ['learner', 'author', 'integration', 'auditor'] as const)
      expectProblem(
        await app.request('POST', '/api/v1/trainings/report-course/reports/progress', {
          token: await token('acme', role),
        }),
        403,
        'forbidden',
      );
  });

  it("[R-tenant-isolation] answers 404 for another tenant's training and reports", async () => {
    const report = await app.request('POST', '/api/v1/trainings/report-course/reports/progress', {
      token: given.admin,
    });
    const outsider = await token('globex', 'admin');
    expectProblem(
      await app.request('POST', '/api/v1/trainings/report-course/reports/progress', {
        token: outsider,
      }),
      404,
      'not-found',
    );
    expectProblem(
      await app.request('GET', `/api/v1/reports/${report.body.reportId}`, {
        token: outsider,
        headers: { 'x-consistent-with': report.body.position },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await app.request('GET', `/api/v1/reports/${report.body.reportId}/file`, { token: outsider }),
      404,
      'not-found',
    );
    expectProblem(
      await app.request(
        'GET',
        '/api/v1/audit/trainings/report-course/progress-report?asOf=2020-01-01',
        { token: await token('globex', 'auditor') },
      ),
      404,
      'not-found',
    );
  });
});
