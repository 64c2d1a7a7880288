import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generationOutcome } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp } from '../support/test-app';

const NAME = 'Wendelin Oyelaran-Fisk';
const DAY = 86_400_000;

/** Asks until `done` holds, at most 60 s. */
async function eventually(ask: () => Promise<Answer>, done: (answer: Answer) => boolean) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Issue 25, item 19: from the moment an erasure is recorded, the learner's PDF and the reports
 * listing them are not served as they were, even while the erasure reactor has not run yet.
 * Here it cannot: the erasure happens on an instance with REACTORS=off; a later instance with
 * reactors finishes it.
 */
describe('The erasure window: downloads check the erasure themselves', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'erasure-window-'));
  const adminCopy = '/api/v1/trainings/t1/learners/wen/certificate';
  const mine = '/api/v1/me/learning-records/t1/certificate';
  let certificateId: string;
  let reportFile: string;

  const withApp = async (
    settings: Record<string, string>,
    work: (app: TestApp) => Promise<void>,
  ) => {
    const app = await TestApp.start({ TEST_CLOCK: '1', ...settings }, dataDir);
    try {
      await work(app);
    } finally {
      await app.close();
    }
  };

  beforeAll(async () => {
    await withApp({}, async (app) => {
      const given = await Scenario.of(app);
      await given.ok(
        app.request('PUT', '/api/v1/learners/wen', {
          token: given.admin,
          body: { name: NAME, email: 'wen@example.org' },
        }),
      );
      await given.readyToGenerate('t1', 'wen');
      certificateId = (await given.ok(given.generate('t1', 'wen'))).body.certificateId as string;
      expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
      const nextDay = Date.parse(new Date().toISOString().slice(0, 10)) + DAY;
      await given.ok(
        app.request('PUT', '/api/v1/test-clock', {
          token: given.operator,
          body: { now: new Date(nextDay + 60_000).toISOString() },
        }),
      );
      const report = await given.ok(
        app.request('POST', '/api/v1/trainings/t1/reports/progress', { token: given.admin }),
      );
      reportFile = `/api/v1/reports/${report.body.reportId as string}/file`;
      const file = await eventually(
        () => app.request('GET', reportFile, { token: given.admin }),
        (answer) => answer.status === 200,
      );
      expect(file.raw).toContain(NAME);
    });
  }, 180_000);

  it('[R-personal-data] refuses the PDF and the old report as soon as the public page says erased, before the reactor has run', async () => {
    await withApp({ REACTORS: 'off' }, async (app) => {
      const given = await Scenario.of(app);
      expect((await app.request('GET', adminCopy, { token: given.admin })).status).toBe(200);

      await given.ok(app.request('DELETE', '/api/v1/learners/wen', { token: given.admin }));
      const page = await eventually(
        () => app.request('GET', `/api/v1/public/certificates/${certificateId}`),
        (answer) => answer.body?.status === 'erased',
      );
      expect(page.body.status).toBe('erased');

      expectProblem(await app.request('GET', adminCopy, { token: given.admin }), 404, 'not-found');
      const learner = await given.learner('wen');
      expectProblem(await app.request('GET', mine, { token: learner }), 404, 'not-found');
      const report = await app.request('GET', reportFile, { token: given.admin });
      expectProblem(report, 409, 'not-ready');
      expect(report.headers['retry-after']).toBe('5');
      expect(report.raw).not.toContain(NAME);
    });
  });

  it('serves the report again once the reactor has written it without the learner', async () => {
    await withApp({}, async (app) => {
      const given = await Scenario.of(app);
      const file = await eventually(
        () => app.request('GET', reportFile, { token: given.admin }),
        (answer) => answer.status === 200,
      );
      expect(file.status).toBe(200);
      expect(file.raw).not.toContain(NAME);
      expect(file.raw).toContain('[erased]');
    });
  }, 120_000);
});
