import { expectProblem, Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';

const DAY = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** SPEC §5: a day before the log began has no rows; only a cut-off still to come is not ready. */
describe('The as-of progress report on a brand-new log, before its first midnight', () => {
  let app: TestApp;
  let given: Scenario;
  let began: number;
  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    given = await Scenario.of(app);
    await given.createTraining('new-course');
    await given.ok(
      app.request('POST', '/api/v1/trainings/new-course/enrollments', {
        token: given.admin,
        body: { learnerId: 'ann' },
      }),
    );
    began = Date.parse((await app.log())[0]!.metadata.occurredAt);
  });
  afterAll(() => app.close());

  const asOf = async (day: string) =>
    app.request('GET', `/api/v1/audit/trainings/new-course/progress-report?asOf=${day}`, {
      token: await token('acme', 'auditor'),
      headers: { 'x-consistent-with': String(await app.head()) },
    });

  it('answers a day before the log began, and the day it began, with no rows', async () => {
    expect((await app.log()).some((e) => e.type === 'DailyCutoffPassed')).toBe(false);
    for (const day of [dayOf(began - DAY), dayOf(began)]) {
      const answer = await asOf(day);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ asOf: day, cutoff: `${day}T00:00:00.000Z`, rows: [] });
    }
  });

  it('answers not-ready for the first midnight until its marker is in the log, then its rows', async () => {
    const firstMidnight = dayOf(began + DAY);
    expectProblem(await asOf(firstMidnight), 409, 'not-ready');
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: `${firstMidnight}T00:00:01.000Z` },
      }),
    );
    const answer = await asOf(firstMidnight);
    expect(answer.status).toBe(200);
    expect(answer.body.rows).toEqual([expect.objectContaining({ userId: 'ann' })]);
  });
});
