import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

const NAME = 'Lea Apartfeld';
const EMAIL = 'lea.apartfeld@example.org';

describe("A learner's profile in the log", () => {
  let app: TestApp;
  let given: Scenario;
  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  it("[R-learner-profile-apart] is kept in the learner's own stream: no learning event names them", async () => {
    // Given: a learner with a profile who learns, completes, gets a certificate and is reported
    await given.enableFeature();
    await given.createTraining('apart');
    await given.assign('apart', 'classic-en', 1);
    await given.ok(
      app.request('PUT', '/api/v1/learners/lea', {
        token: given.admin,
        body: { name: NAME, email: EMAIL },
      }),
    );
    await given.enrol('apart', 'lea');
    await given.ok(
      app.request('POST', '/api/v1/trainings/apart/learners/lea/progress', {
        token: given.admin,
        body: { percent: 50 },
      }),
    );
    await given.complete('apart', 'lea');
    const requested = await given.ok(given.generate('apart', 'lea'));
    expect((await generationOutcome(app, requested.body.certificateId)).type).toBe(
      'CertificateGenerated',
    );
    const report = await given.ok(
      app.request('POST', '/api/v1/trainings/apart/reports/progress', { token: given.admin }),
    );
    await reportOutcome(report.body.reportId);

    // Then: the profile is in the learner's stream, and every other event leaves them out
    const log = await app.log();
    const profile = log.filter((e) => e.stream === 'learner-acme:lea');
    expect(profile.map((e) => e.type)).toEqual(['LearnerProfileRecorded']);
    const others = log.filter((e) => e.stream !== 'learner-acme:lea');
    expect(others.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'LearnerEnrolled',
        'LearningProgressRecorded',
        'TrainingCompleted',
        'CertificateGenerationRequested',
        'CertificateGenerated',
        'ProgressReportCompleted',
      ]),
    );
    const naming = others
      .filter((e) => {
        const text = JSON.stringify([e.data, e.metadata]);
        return text.includes(NAME) || text.includes(EMAIL);
      })
      .map((e) => `${e.stream} ${e.type}`);
    expect(naming).toEqual([]);
  }, 60_000);

  async function reportOutcome(reportId: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    const done = (type: string, data: { reportId?: string }) =>
      (type === 'ProgressReportCompleted' || type === 'ProgressReportFailed') &&
      data.reportId === reportId;
    while (!(await app.log()).some((e) => done(e.type, e.data as { reportId?: string }))) {
      if (Date.now() > deadline) throw new Error(`No outcome for report ${reportId}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});
