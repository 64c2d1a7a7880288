import { parse } from 'csv-parse/sync';
import { Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';

const FORMULA = '=HYPERLINK("http://evil.example/x","click")';
const DAY = 86_400_000;

describe('A learner whose name is a spreadsheet formula', () => {
  it('[R-csv-injection] is written as text in report files and in the as-of CSV', async () => {
    const app = await TestApp.start({ TEST_CLOCK: '1' });
    try {
      // Given: the learner, enrolled before a midnight
      const given = await Scenario.of(app);
      await given.createTraining('csv');
      await given.ok(
        app.request('PUT', '/api/v1/learners/mallory', {
          token: given.admin,
          body: { name: FORMULA, email: 'mallory@example.com' },
        }),
      );
      await given.enrol('csv', 'mallory');
      const nextDay = Date.parse(new Date().toISOString().slice(0, 10)) + DAY;
      await given.ok(
        app.request('PUT', '/api/v1/test-clock', {
          token: given.operator,
          body: { now: new Date(nextDay + 60_000).toISOString() },
        }),
      );

      // When: an auditor reads the report as CSV, and an admin exports it
      const asOf = await app.app.inject({
        method: 'GET',
        url: `/api/v1/audit/trainings/csv/progress-report?asOf=${new Date(nextDay).toISOString().slice(0, 10)}`,
        headers: {
          authorization: `Bearer ${await token('acme', 'auditor')}`,
          accept: 'text/csv',
          'x-consistent-with': String(await app.head()),
        },
      });
      const { reportId, position } = (
        await given.ok(
          app.request('POST', '/api/v1/trainings/csv/reports/progress', { token: given.admin }),
        )
      ).body;
      const fetchFile = () =>
        app.app.inject({
          method: 'GET',
          url: `/api/v1/reports/${reportId}/file`,
          headers: { authorization: `Bearer ${given.admin}`, 'x-consistent-with': position },
        });
      let file = await fetchFile();
      for (let tries = 0; file.statusCode === 409 && tries < 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        file = await fetchFile();
      }

      // Then: a CSV parser reads the name behind an apostrophe in both
      expect([asOf.statusCode, file.statusCode]).toEqual([200, 200]);
      for (const csv of [asOf.rawPayload, file.rawPayload]) {
        const [row] = parse<Record<string, string>>(csv, { bom: true, columns: true });
        expect(row).toMatchObject({ 'User ID': 'mallory', Name: `'${FORMULA}` });
      }
    } finally {
      await app.close();
    }
  });
});
