import { parse } from 'csv-parse/sync';
import { openCsvInCalc } from '../support/libreoffice';
import { Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';

const FORMULA = '=HYPERLINK("http://evil.example/x","click")';
const DAY = 86_400_000;

/** Learners whose names would run as formulas or split a row, and what a reader must see. */
const LEARNERS: Record<string, { name: string; shown: string }> = {
  mallory: { name: FORMULA, shown: `'${FORMULA}` },
  'line-feed': { name: 'Ana\n=1+1', shown: 'Ana\n=1+1' },
  'carriage-return': { name: 'Bo\r=2+2', shown: 'Bo\r=2+2' },
  'both-breaks': { name: 'Cy\r\n@SUM(1;2)', shown: 'Cy\r\n@SUM(1;2)' },
  fullwidth: { name: '＝1+1', shown: "'＝1+1" },
  'fullwidth-plus': { name: '＋cmd', shown: "'＋cmd" },
};

describe('Learners whose names are spreadsheet formulas or hold line breaks', () => {
  let app: TestApp;
  let files: { asOf: Buffer; report: Buffer };

  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    // Given: the learners, enrolled before a midnight
    const given = await Scenario.of(app);
    await given.createTraining('csv');
    for (const [learnerId, { name }] of Object.entries(LEARNERS)) {
      await given.ok(
        app.request('PUT', `/api/v1/learners/${learnerId}`, {
          token: given.admin,
          body: { name, email: `${learnerId}@example.com` },
        }),
      );
      await given.enrol('csv', learnerId);
    }
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
    expect([asOf.statusCode, file.statusCode]).toEqual([200, 200]);
    files = { asOf: asOf.rawPayload, report: file.rawPayload };
  });
  afterAll(() => app.close());

  it('[R-csv-injection] are written as text in report files and in the as-of CSV', () => {
    for (const csv of [files.asOf, files.report]) {
      // Then: a CSV parser reads the formula behind an apostrophe in both
      const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
      expect(rows.find((row) => row['User ID'] === 'mallory')).toMatchObject({
        Name: `'${FORMULA}`,
      });
    }
  });

  it('[R-csv-injection] keep one row per learner, a line break staying inside its cell', () => {
    for (const csv of [files.asOf, files.report]) {
      // Then: a CSV parser reads one row per learner, each name whole, with its e-mail beside it
      const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
      const byLearner = Object.fromEntries(rows.map((row) => [row['User ID'], row]));
      expect(Object.keys(byLearner).sort()).toEqual(Object.keys(LEARNERS).sort());
      for (const [learnerId, { shown }] of Object.entries(LEARNERS))
        expect(byLearner[learnerId]).toMatchObject({
          Name: shown,
          Email: `${learnerId}@example.com`,
        });
    }
  });

  describe('opened in LibreOffice Calc', () => {
    it('show every name as text on its own row, and no cell holds a formula', async () => {
      for (const csv of [files.asOf, files.report]) {
        // When: the file is opened as a user opens it
        const sheet = await openCsvInCalc(csv);

        // Then: a header and one row per learner, no cell a formula, each name in its column
        expect(sheet.flat().filter((cell) => cell.formula !== undefined)).toEqual([]);
        expect(sheet).toHaveLength(1 + Object.keys(LEARNERS).length);
        const names = Object.fromEntries(sheet.slice(1).map((row) => [row[0]?.text, row[1]]));
        expect(Object.keys(names).sort()).toEqual(Object.keys(LEARNERS).sort());
        for (const [learnerId, { shown }] of Object.entries(LEARNERS))
          // Calc keeps a cell's lines apart, whichever break separated them.
          expect(names[learnerId]?.text).toBe(shown.replace(/\r\n|\r/g, '\n'));
      }
    }, 120_000);
  });
});
