import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { progressReportCsv } from './progress-report-csv';
import type { ProgressReportRow } from './progress-report-rows';

const row = (userId: string, name: string, email = `${userId}@example.com`): ProgressReportRow => ({
  userId,
  name,
  email,
  enrolledAt: '2026-01-02T03:04:05.000Z',
  progress: 40,
  status: 'in-progress',
  completedAt: null,
  certificate: null,
  certificateVersion: null,
  certificateDownloadDate: null,
});

async function csvOf(rows: ProgressReportRow[]): Promise<Record<string, string>[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of progressReportCsv(Readable.from(rows)))
    chunks.push(Buffer.from(chunk as string));
  return parse(Buffer.concat(chunks), { bom: true, columns: true });
}

describe('[R-csv-injection] The progress report CSV and spreadsheet formulas', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example/x","click")'],
    ['+', '+1+cmd|" /C calc"!A0'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
  ])('writes a cell that starts with %s with a leading apostrophe', async (_start, name) => {
    // Given/When: a learner whose name would start a formula
    const [parsed] = await csvOf([row('l1', name)]);

    // Then: a parser reads the same text behind an apostrophe, so it is shown, never run
    expect(parsed!.Name).toBe(`'${name}`);
  });

  it('leaves names and e-mails that merely contain those characters elsewhere untouched', async () => {
    const names = ['Ana=Bo', 'Jean-Luc Picard', 'a+b', 'Zoë @ home', 'Tab\there'];
    const parsed = await csvOf(names.map((name, i) => row(`l${i}`, name, `x+${i}@example.com`)));
    expect(parsed.map((r) => r.Name)).toEqual(names);
    expect(parsed.map((r) => r.Email)).toEqual(names.map((_, i) => `x+${i}@example.com`));
    expect(parsed.map((r) => r['Progress (%)'])).toEqual(names.map(() => '40'));
  });

  it('guards the e-mail too: every text cell goes through the same rule', async () => {
    const [parsed] = await csvOf([row('l1', 'Ana', '=1+1@example.com')]);
    expect(parsed!.Email).toBe("'=1+1@example.com");
  });
});
